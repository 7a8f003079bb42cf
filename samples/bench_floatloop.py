"""bench_floatloop.py: float arithmetic in loops (integration, Mandelbrot)."""


def integrate(a, b, steps):
    """Midpoint rule for x*x*x - 2*x + 1/(1+x*x) on [a, b]."""
    h = (b - a) / steps
    total = 0.0
    for i in range(steps):
        x = a + (i + 0.5) * h
        total += x * x * x - 2.0 * x + 1.0 / (1.0 + x * x)
    return total * h


def mandel_count(width, height, max_iter):
    inside = 0
    iters = 0
    for py in range(height):
        ci = -1.2 + 2.4 * py / height
        for px in range(width):
            cr = -2.0 + 3.0 * px / width
            zr = 0.0
            zi = 0.0
            k = 0
            while k < max_iter and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                k += 1
            iters += k
            if k == max_iter:
                inside += 1
    return inside, iters


def main():
    area = integrate(0.0, 3.0, 8000000)
    inside, iters = mandel_count(400, 300, 400)
    print(f"integral {area:.9f}, mandelbrot inside {inside}, iterations {iters}")
    print(f"checksum {round(area * 1e6) + inside * 7 + iters}")


if __name__ == "__main__":
    main()
