/*
 * ir.c: constructors and the text dump (`--dump=ir`) of the IR in ir.h.
 * The dump is the golden-test format: registers by number with their rep,
 * blocks in order, one op per line, deterministic.
 */
#include "ir.h"

#include <string.h>

IrModule *
ir_module_new(Arena *a,
              Interner *in,
              const char *modname,
              const char *filename)
{
    IrModule *m = arena_alloc(a, sizeof *m);
    m->arena = a;
    m->global_index.arena = a;
    m->in = in;
    m->modname = modname;
    m->filename = filename;
    m->body = -1;
    return m;
}

IrFunc *
ir_func_new(IrModule *m, const char *name, const char *qualname)
{
    IrFunc *f = arena_alloc(m->arena, sizeof *f);
    f->name = name;
    f->qualname = qualname;
    f->index = m->funcs.len;
    f->ret_rep = REP_OBJ;
    f->def_index = -1;
    vec_push(&m->funcs, f);
    return f;
}

int
ir_reg(IrFunc *f, IrRep rep, bool local, const char *name)
{
    IrReg r = { rep, local, false, false, name };
    vec_push(&f->regs, r);
    return f->regs.len - 1;
}

IrBlock *
ir_block(IrFunc *f)
{
    IrBlock *b = xcalloc(1, sizeof *b);
    b->id = f->blocks.len;
    b->handler = -1;
    b->cond = b->dest = b->t0 = b->t1 = -1;
    vec_push(&f->blocks, b);
    return b;
}

IrOp *
ir_emit(IrFunc *f, IrBlock *b, IrOpKind k, int dest, int line)
{
    IrOp op;
    memset(&op, 0, sizeof op);
    op.kind = k;
    op.dest = dest;
    op.line = line;
    op.konst = -1;
    vec_push(&b->ops, op);
    return &b->ops.items[b->ops.len - 1];
}

void
ir_op_args(IrFunc *f, IrOp *op, const int *args, int n)
{
    (void)f;
    op->nargs = n;
    op->args = n ? xmalloc(sizeof(int) * (size_t)n) : NULL;
    if (n)
        memcpy(op->args, args, sizeof(int) * (size_t)n);
}

/* Bytes of a constant's data: for a tuple of names, up to the last NUL. */
static size_t
ir_const_size(IrConstKind k, const char *data, int len)
{
    if (k != IK_TUPLE_OF_STR)
        return (size_t)len;
    size_t n = 0;
    for (int i = 0; i < len; i++)
        n += strlen(data + n) + 1;
    return n;
}

static uint64_t
ir_const_hash(IrConstKind k, const char *data, size_t size)
{
    uint64_t h = 1469598103934665603ULL ^ (uint64_t)k;
    for (size_t i = 0; i < size; i++)
        h = (h ^ (unsigned char)data[i]) * 1099511628211ULL;
    return h;
}

static bool
ir_const_eq(const IrConst *c,
            IrConstKind k,
            const char *data,
            int len,
            size_t size)
{
    return c->kind == k && c->len == len &&
           ir_const_size(c->kind, c->data, c->len) == size &&
           (size == 0 || memcmp(c->data, data, size) == 0);
}

int
ir_const(IrModule *m, IrConstKind k, const char *data, int len)
{
    size_t size = ir_const_size(k, data, len);
    if (2 * (m->consts.len + 1) > m->kcap) {
        /* Grow and rehash; the old table stays in the arena. */
        int cap = m->kcap ? 2 * m->kcap : 64;
        int *t = arena_alloc(m->arena, (size_t)cap * sizeof *t);
        for (int i = 0; i < m->consts.len; i++) {
            const IrConst *c = &m->consts.items[i];
            uint64_t h = ir_const_hash(
              c->kind, c->data, ir_const_size(c->kind, c->data, c->len));
            size_t j = (size_t)h & (size_t)(cap - 1);
            while (t[j])
                j = (j + 1) & (size_t)(cap - 1);
            t[j] = i + 1;
        }
        m->kindex = t;
        m->kcap = cap;
    }
    size_t mask = (size_t)(m->kcap - 1);
    size_t j = (size_t)ir_const_hash(k, data, size) & mask;
    for (; m->kindex[j]; j = (j + 1) & mask) {
        int i = m->kindex[j] - 1;
        if (ir_const_eq(&m->consts.items[i], k, data, len, size))
            return i;
    }
    IrConst c = { k, data, len };
    vec_push(&m->consts, c);
    m->kindex[j] = m->consts.len;
    return m->consts.len - 1;
}

int
ir_global_slot(IrModule *m, const char *name)
{
    int i = ptrmap_get(&m->global_index, name, -1);
    if (i >= 0)
        return i;
    vec_push(&m->globals, name);
    ptrmap_put(&m->global_index, name, m->globals.len - 1);
    return m->globals.len - 1;
}

const char *
ir_rep_name(IrRep r)
{
    static const char *const names[] = { "void", "obj", "tv",  "fv",
                                         "bool", "i64", "cint" };
    return names[r];
}

const char *
ir_op_name(IrOpKind k)
{
    static const char *const names[] = {
#define X(n) #n,
        IR_OPS(X)
#undef X
    };
    return names[k];
}

static void
ir_dump_reg(const IrFunc *f, int r, StrBuf *out)
{
    if (r < 0) {
        sb_puts(out,
                r == REG_GLOBALS    ? "globals"
                : r == REG_BUILTINS ? "builtins"
                                    : "NULL");
        return;
    }
    const IrReg *g = &f->regs.items[r];
    if (g->name)
        sb_printf(out, "%s", g->name);
    else
        sb_printf(out, "r%d", r);
}

static void
ir_dump_const(const IrModule *m, int k, StrBuf *out)
{
    const IrConst *c = &m->consts.items[k];
    switch (c->kind) {
    case IK_NONE:
        sb_puts(out, "None");
        break;
    case IK_TRUE:
        sb_puts(out, "True");
        break;
    case IK_FALSE:
        sb_puts(out, "False");
        break;
    case IK_ELLIPSIS:
        sb_puts(out, "Ellipsis");
        break;
    case IK_INT:
    case IK_FLOAT:
        sb_putn(out, c->data, (size_t)c->len);
        break;
    case IK_COMPLEX:
        sb_putn(out, c->data, (size_t)c->len);
        sb_putc(out, 'j');
        break;
    case IK_BYTES:
        sb_putc(out, 'b');
        /* fallthrough */
    case IK_STR:
    case IK_STR_ESCAPED:
        sb_putc(out, '"');
        sb_put_cstr_escaped(out, c->data, (size_t)c->len);
        sb_putc(out, '"');
        break;
    case IK_TUPLE_OF_STR: {
        sb_putc(out, '(');
        const char *p = c->data;
        for (int i = 0; i < c->len; i++) {
            sb_printf(out, "%s'%s'", i ? ", " : "", p);
            p += strlen(p) + 1;
        }
        sb_putc(out, ')');
        break;
    }
    case IK_TUPLE:
        sb_puts(out, "tuple ");
        sb_putn(out, c->data, (size_t)c->len);
        break;
    case IK_FOLD:
        sb_puts(out, "fold ");
        sb_putn(out, c->data, (size_t)c->len);
        break;
    }
}

static void
ir_dump_op(const IrModule *m, const IrFunc *f, const IrOp *op, StrBuf *out)
{
    sb_puts(out, "    ");
    if (op->kind == IR_LINE) {
        sb_printf(out, "# line %d\n", op->line);
        return;
    }
    if (op->dest >= 0) {
        ir_dump_reg(f, op->dest, out);
        sb_printf(out, ":%s = ", ir_rep_name(f->regs.items[op->dest].rep));
    }
    sb_puts(out, ir_op_name(op->kind));
    switch (op->kind) {
    case IR_CONST:
        sb_putc(out, ' ');
        if (op->konst >= 0)
            ir_dump_const(m, op->konst, out);
        else if (f->regs.items[op->dest].rep == REP_FV)
            sb_printf(out, "%.17g", op->fval);
        else
            sb_printf(out, "%lld", (long long)op->ival);
        break;
    case IR_BINOP:
        sb_printf(out, " %s", ast_binop_symbol(op->op & 0xff));
        if (op->op & 0x100)
            sb_puts(out, "=");
        if (op->imm)
            sb_printf(out, " expect=%lld", (long long)op->ival);
        break;
    case IR_UNOP:
        sb_printf(out, " %s", ast_unaryop_name(op->op));
        break;
    case IR_COMPARE:
        sb_printf(out, " %s", ast_cmpop_name(op->op));
        break;
    case IR_CALLC:
        sb_printf(out, " %s", op->cname);
        if (strcmp(op->cname, "aotg_gstore") == 0) /* the stored name */
            sb_printf(out, " %s", m->globals.items[op->ival]);
        if (strcmp(op->cname, "aotg_promote_fn") == 0)
            sb_printf(out, " %s def", m->globals.items[op->ival >> 16]);
        if (strcmp(op->cname, "aotg_promote_ok") == 0) {
            /* the guarded name and what it must hold (AotPromote_Ok) */
            int kind = (int)(op->ival & 15);
            sb_printf(out,
                      " %s %s",
                      m->globals.items[op->ival >> 4],
                      kind == 0   ? "read"
                      : kind == 1 ? "stored"
                                  : "builtin");
        }
        break;
    case IR_CALLMETH:
    case IR_GLOBAL:
        sb_printf(out, " %s", op->cname);
        break;
    case IR_CALLNAT:
        sb_printf(out, " %s", m->funcs.items[op->ival]->cname);
        if (op->pmask) { /* the parameters passed, when there is a gap */
            sb_puts(out, " params=");
            for (int i = 0, n = 0; i < 64; i++)
                if ((op->pmask >> i) & 1)
                    sb_printf(out, n++ ? ",%d" : "%d", i);
        }
        break;
    case IR_BUILD:
        sb_puts(out, op->op ? " tuple" : " list");
        break;
    default:
        break;
    }
    for (int i = 0; i < op->nargs; i++) {
        sb_puts(out, i ? ", " : " ");
        ir_dump_reg(f, op->args[i], out);
        if (op->steals & (1u << i))
            sb_putc(out, '!');
    }
    if ((op->kind == IR_CALLPY || op->kind == IR_CALLMETH) && op->konst >= 0) {
        sb_puts(out, " kw=");
        ir_dump_const(m, op->konst, out);
    }
    static const char *const errs[] = { "",        " ?null",  " ?neg",
                                        " ?magic", " !raise", " !reraise" };
    sb_puts(out, errs[op->err]);
    if (op->nerr_decrefs) {
        sb_puts(out, " [err: dec");
        for (int i = 0; i < op->nerr_decrefs; i++) {
            sb_putc(out, ' ');
            ir_dump_reg(f, op->err_decrefs[i], out);
        }
        sb_putc(out, ']');
    }
    sb_putc(out, '\n');
}

static void
ir_dump_edge(const IrFunc *f, const IrBlock *b, int e, StrBuf *out)
{
    int t = e ? b->t1 : b->t0;
    sb_printf(out, "L%d", t);
    if (b->edge_decrefs[e].len) {
        sb_puts(out, " [dec");
        for (int i = 0; i < b->edge_decrefs[e].len; i++) {
            sb_putc(out, ' ');
            ir_dump_reg(f, b->edge_decrefs[e].items[i], out);
        }
        sb_putc(out, ']');
    }
}

void
ir_dump_func(const IrModule *m, const IrFunc *f, StrBuf *out)
{
    sb_printf(out,
              "def %s %s:\n",
              f->cname ? f->cname : f->name,
              f->sig ? f->sig : "");
    sb_puts(out, "  locals:");
    for (int i = 0; i < f->regs.len; i++) {
        const IrReg *r = &f->regs.items[i];
        if (!r->local)
            continue;
        sb_printf(out,
                  " %s:%s%s",
                  r->name,
                  ir_rep_name(r->rep),
                  r->param ? "(param)" : "");
    }
    sb_putc(out, '\n');
    for (int i = 0; i < f->blocks.len; i++) {
        const IrBlock *b = f->blocks.items[i];
        sb_printf(out, "  L%d:", b->id);
        if (b->handler >= 0)
            sb_printf(out, " (handler L%d)", b->handler);
        if (b->is_handler)
            sb_puts(out, " (catch)");
        sb_putc(out, '\n');
        for (int j = 0; j < b->ops.len; j++)
            ir_dump_op(m, f, &b->ops.items[j], out);
        sb_puts(out, "    ");
        switch (b->term) {
        case TERM_NONE:
            sb_puts(out, "<no terminator>");
            break;
        case TERM_GOTO:
            sb_puts(out, "goto ");
            ir_dump_edge(f, b, 0, out);
            break;
        case TERM_BRANCH:
            sb_puts(out, "if ");
            ir_dump_reg(f, b->cond, out);
            sb_puts(out, " goto ");
            ir_dump_edge(f, b, 0, out);
            sb_puts(out, " else ");
            ir_dump_edge(f, b, 1, out);
            break;
        case TERM_RETURN:
            sb_puts(out, "return ");
            ir_dump_reg(f, b->cond, out);
            break;
        case TERM_RAISE:
            sb_puts(out, "raise");
            break;
        case TERM_FORITER:
            ir_dump_reg(f, b->dest, out);
            sb_puts(out, " = next ");
            ir_dump_reg(f, b->cond, out);
            sb_puts(out, " goto ");
            ir_dump_edge(f, b, 0, out);
            sb_puts(out, " else ");
            ir_dump_edge(f, b, 1, out);
            break;
        case TERM_UNREACHABLE:
            sb_puts(out, "unreachable");
            break;
        }
        sb_putc(out, '\n');
    }
}

void
ir_dump_module(const IrModule *m, StrBuf *out)
{
    for (int i = 0; i < m->funcs.len; i++) {
        if (i)
            sb_putc(out, '\n');
        ir_dump_func(m, m->funcs.items[i], out);
    }
}
