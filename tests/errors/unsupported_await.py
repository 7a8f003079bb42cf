# 'await' inside an ordinary function.
# error: 6:12: unsupported: 'await'


def wait_for(task):
    return await task
