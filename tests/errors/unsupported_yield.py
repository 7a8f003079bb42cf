# Generator functions are not supported yet.
# error: 7:9: unsupported: generators ('yield')


def count_up(n):
    for i in range(n):
        yield i


print(list(count_up(3)))
