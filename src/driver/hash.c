/*
 * hash.c: SHA-256 (FIPS 180-4) for the driver's cache keys: the `run` cache,
 * the runtime archive directory and the interpreter info cache. Speed does
 * not matter here (inputs are sources of a few hundred kilobytes); a
 * collision-free key does, since a wrong cache hit would run stale code.
 */
#include <string.h>

#include "driver.h"

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
    0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
    0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
    0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
    0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
};

#define ROR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static void
compress(DrvHash *h, const unsigned char *p)
{
    uint32_t w[64];
    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
               (uint32_t)p[4 * i + 2] << 8 | (uint32_t)p[4 * i + 3];
    for (int i = 16; i < 64; i++) {
        uint32_t s0 =
          ROR(w[i - 15], 7) ^ ROR(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = ROR(w[i - 2], 17) ^ ROR(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = h->h[0], b = h->h[1], c = h->h[2], d = h->h[3];
    uint32_t e = h->h[4], f = h->h[5], g = h->h[6], k = h->h[7];
    for (int i = 0; i < 64; i++) {
        uint32_t S1 = ROR(e, 6) ^ ROR(e, 11) ^ ROR(e, 25);
        uint32_t ch = (e & f) ^ (~e & g);
        uint32_t t1 = k + S1 + ch + K[i] + w[i];
        uint32_t S0 = ROR(a, 2) ^ ROR(a, 13) ^ ROR(a, 22);
        uint32_t maj = (a & b) ^ (a & c) ^ (b & c);
        uint32_t t2 = S0 + maj;
        k = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h->h[0] += a;
    h->h[1] += b;
    h->h[2] += c;
    h->h[3] += d;
    h->h[4] += e;
    h->h[5] += f;
    h->h[6] += g;
    h->h[7] += k;
}

void
drv_hash_init(DrvHash *h)
{
    static const uint32_t iv[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372,
                                    0xa54ff53a, 0x510e527f, 0x9b05688c,
                                    0x1f83d9ab, 0x5be0cd19 };
    memcpy(h->h, iv, sizeof iv);
    h->len = 0;
    h->used = 0;
}

void
drv_hash_update(DrvHash *h, const void *data, size_t n)
{
    const unsigned char *p = data;
    h->len += n;
    while (n > 0) {
        size_t take = 64 - h->used;
        if (take > n)
            take = n;
        memcpy(h->buf + h->used, p, take);
        h->used += take;
        p += take;
        n -= take;
        if (h->used == 64) {
            compress(h, h->buf);
            h->used = 0;
        }
    }
}

void
drv_hash_str(DrvHash *h, const char *s)
{
    if (s == NULL)
        s = "";
    uint64_t n = strlen(s);
    unsigned char len[8];
    for (int i = 0; i < 8; i++)
        len[i] = (unsigned char)(n >> (8 * i));
    drv_hash_update(h, len, sizeof len);
    drv_hash_update(h, s, n);
}

void
drv_hash_hex(DrvHash *h, char out[65])
{
    uint64_t bits = h->len * 8;
    unsigned char pad = 0x80;
    drv_hash_update(h, &pad, 1);
    pad = 0;
    while (h->used != 56)
        drv_hash_update(h, &pad, 1);
    unsigned char len[8];
    for (int i = 0; i < 8; i++)
        len[i] = (unsigned char)(bits >> (56 - 8 * i));
    drv_hash_update(h, len, 8);
    static const char hex[] = "0123456789abcdef";
    for (int i = 0; i < 8; i++)
        for (int j = 0; j < 4; j++) {
            unsigned v = (h->h[i] >> (24 - 8 * j)) & 0xff;
            out[8 * i + 2 * j] = hex[v >> 4];
            out[8 * i + 2 * j + 1] = hex[v & 15];
        }
    out[64] = '\0';
}
