# Coroutines are not supported yet.
# error: 5:1: unsupported: async functions


async def fetch(x):
    return x
