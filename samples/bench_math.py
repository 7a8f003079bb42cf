"""bench_math.py: float loops that call the math module (sqrt, sin, cos,
exp, log), as geometry and statistics code does."""
import math


def path_length(n):
    """Length of a polyline through n points on a spiral."""
    total = 0.0
    px = 1.0
    py = 0.0
    for i in range(1, n):
        t = i * 0.001
        x = (1.0 + t) * math.cos(t * 7.0)
        y = (1.0 + t) * math.sin(t * 7.0)
        dx = x - px
        dy = y - py
        total += math.sqrt(dx * dx + dy * dy)
        px = x
        py = y
    return total


def log_likelihood(n):
    """Sum of log-densities of a normal distribution at n sample points."""
    mu = 0.3
    sigma = 1.7
    norm = math.log(sigma * math.sqrt(2.0 * math.pi))
    s = 0.0
    for i in range(n):
        x = (i % 1000) * 0.01 - 5.0
        z = (x - mu) / sigma
        s += -0.5 * z * z - norm
    return s


def softplus_sum(n):
    s = 0.0
    for i in range(n):
        x = (i % 2000) * 0.005 - 5.0
        s += math.log(1.0 + math.exp(x))
    return s


def main():
    a = path_length(2500000)
    b = log_likelihood(6000000)
    c = softplus_sum(2500000)
    print(f"path {a:.6f}, loglik {b:.3f}, softplus {c:.4f}")
    print(f"checksum {int(abs(a) * 1000 + abs(b) + c * 7) & 0xFFFFFFFF}")


if __name__ == "__main__":
    main()
