"""Mandelbrot set rendered as PBM bitmap bytes; prints a checksum."""
import hashlib


def mandelbrot(size):
    out = bytearray()
    iterations = 50
    limit = 4.0
    for y in range(size):
        ci = 2.0 * y / size - 1.0
        byte_acc = 0
        bit_num = 0
        for x in range(size):
            cr = 2.0 * x / size - 1.5
            zr = 0.0
            zi = 0.0
            tr = 0.0
            ti = 0.0
            i = 0
            while i < iterations and tr + ti <= limit:
                zi = 2.0 * zr * zi + ci
                zr = tr - ti + cr
                tr = zr * zr
                ti = zi * zi
                i += 1
            byte_acc <<= 1
            if tr + ti <= limit:
                byte_acc |= 1
            bit_num += 1
            if bit_num == 8:
                out.append(byte_acc)
                byte_acc = 0
                bit_num = 0
        if bit_num:
            byte_acc <<= (8 - bit_num)
            out.append(byte_acc)
    return bytes(out)


def main(size=800):
    data = mandelbrot(size)
    header = b"P4\n%d %d\n" % (size, size)
    print(len(header) + len(data), hashlib.md5(header + data).hexdigest())
    print("set bits", sum([bin(b).count("1") for b in data]))


if __name__ == "__main__":
    main()
