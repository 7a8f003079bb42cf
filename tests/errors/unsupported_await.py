# 'await' inside an ordinary function.
# error: 6:12: 'await' outside async function


def wait_for(task):
    return await task
