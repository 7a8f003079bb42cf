/* aot_exc.c: raising, catching and matching exceptions, traceback entries
 * for compiled frames, and the `with` statement protocol.
 *
 * The handler protocol generated code follows (notes section 7):
 *
 *     exc = AotExc_Catch(&saved);        // raised -> handled
 *     r = AotExc_Matches(exc, T);        // per except clause
 *     ... handler body ...
 *     AotExc_RestoreHandled(saved);      // on every exit edge
 *     // unmatched: AotExc_RestoreHandled(saved); AotExc_Restore(exc);
 *
 * This mirrors the interpreter's PUSH_EXC_INFO / CHECK_EXC_MATCH /
 * POP_EXCEPT / RERAISE, so sys.exc_info(), implicit chaining
 * (__context__) and bare `raise` behave as in CPython.
 */
#include "pyaot_rt.h"

/* ======================================================================
 * Tracebacks
 * ====================================================================== */

/* Code objects for traceback entries, keyed by the generated code's
 * string literals (stable addresses) and the line.  Open addressing; the
 * table only grows, and holds one entry per (function, line) that ever
 * raised, which stays small.
 *
 * From 3.11 an entry also keeps the last frame made for it. A frame
 * costs a function object, a frame object and a builtins lookup
 * (PyFrame_New), which made an exception caught in a loop slower than in
 * the interpreter, whose frame already exists. A traceback only reads a
 * frame's code, globals and line, so the frame is used again as soon as
 * nothing but the cache holds it. Up to 3.10 PyFrame_New links the
 * caller's frame as f_back, which a cached frame would keep alive. */
#if PY_VERSION_HEX >= 0x030B0000
#define AOT_TB_FRAME_CACHE 1
#endif
typedef struct {
    const char *funcname, *filename;
    int line;
    PyCodeObject *code;
#ifdef AOT_TB_FRAME_CACHE
    PyFrameObject *frame;    /* owned, or NULL */
    PyObject *frame_globals; /* the frame's globals (it keeps them alive) */
#endif
} TbEntry;

static TbEntry *tb_table;
static size_t tb_cap, tb_used;

#ifdef AOT_TB_FRAME_CACHE
/* Set at interpreter exit: no frame is kept any more. A kept frame holds
 * its module's globals, which a static table hides from the garbage
 * collector: kept past exit, they were never cleared, so the objects in
 * them were never finalized (a __del__ not run, a file not flushed). */
static int tb_cache_closed;

static PyObject *
tb_cache_close(PyObject *self, PyObject *unused)
{
    (void)self;
    (void)unused;
    tb_cache_closed = 1;
    for (size_t i = 0; i < tb_cap; i++) {
        tb_table[i].frame_globals = NULL;
        Py_CLEAR(tb_table[i].frame);
    }
    Py_RETURN_NONE;
}

static PyMethodDef tb_cache_close_def = { "_pyaot_drop_traceback_frames",
                                          tb_cache_close,
                                          METH_NOARGS,
                                          NULL };
#endif

int
AotTraceback_Init(void)
{
#ifdef AOT_TB_FRAME_CACHE
    PyObject *fn = PyCFunction_New(&tb_cache_close_def, NULL);
    PyObject *mod = fn ? PyImport_ImportModule("atexit") : NULL;
    PyObject *r = mod ? PyObject_CallMethod(mod, "register", "O", fn) : NULL;
    Py_XDECREF(fn);
    Py_XDECREF(mod);
    if (r == NULL) {
        /* no atexit (an embedding without it): keep no frames */
        PyErr_Clear();
        tb_cache_closed = 1;
    }
    Py_XDECREF(r);
#endif
    return 0;
}

static size_t
tb_hash(const char *f, const char *fn, int line)
{
    size_t h = (size_t)(uintptr_t)f * 31u + (size_t)(uintptr_t)fn;
    h = h * 1000003u + (size_t)line;
    return h ^ (h >> 17);
}

static TbEntry *
tb_find(const char *f, const char *fn, int line)
{
    size_t i;
    if (tb_cap == 0) {
        return NULL;
    }
    for (i = tb_hash(f, fn, line) & (tb_cap - 1);;
         i = (i + 1) & (tb_cap - 1)) {
        TbEntry *e = &tb_table[i];
        if (e->code == NULL ||
            (e->funcname == f && e->filename == fn && e->line == line)) {
            return e;
        }
    }
}

#if PY_VERSION_HEX < 0x030C0000
/* code with co_varnames set to the '\0'-separated names (ending with an
 * empty one). Up to 3.11 the NameError suggestion ("Did you mean: 'x'?")
 * looks for the local names there, in the code of the traceback's last
 * frame; 3.12+ read the frame's f_locals instead. Steals code. */
static PyCodeObject *
tb_code_with_varnames(PyCodeObject *code, const char *varnames)
{
    PyObject *names = PyList_New(0), *tuple = NULL, *kw = NULL, *r = NULL;
    PyObject *meth = NULL, *empty = NULL;
    for (const char *p = varnames; names && *p; p += strlen(p) + 1) {
        PyObject *s = PyUnicode_FromString(p);
        if (s == NULL || PyList_Append(names, s) < 0) {
            Py_XDECREF(s);
            goto done;
        }
        Py_DECREF(s);
    }
    if (names == NULL || (tuple = PyList_AsTuple(names)) == NULL) {
        goto done;
    }
    kw = Py_BuildValue("{s:O,s:n}",
                       "co_varnames",
                       tuple,
                       "co_nlocals",
                       PyTuple_GET_SIZE(tuple));
    meth = PyObject_GetAttrString((PyObject *)code, "replace");
    empty = PyTuple_New(0);
    if (kw && meth && empty) {
        r = PyObject_Call(meth, empty, kw);
    }
done:
    Py_XDECREF(names);
    Py_XDECREF(tuple);
    Py_XDECREF(kw);
    Py_XDECREF(meth);
    Py_XDECREF(empty);
    if (r == NULL || !PyCode_Check(r)) {
        /* Without the names the entry is still right. */
        Py_XDECREF(r);
        PyErr_Clear();
        return code;
    }
    Py_DECREF(code);
    return (PyCodeObject *)r;
}
#endif

/* The entry of (f, fn, line), its code object made if new.  Returns:
 * borrowed (NULL on error, no exception guarantee: the caller restores
 * the original exception anyway). varnames: NULL, or the function's local
 * names as for tb_code_with_varnames (f is then unique to the function). */
static TbEntry *
tb_entry(const char *f, const char *fn, int line, const char *varnames)
{
    TbEntry *e;
    PyCodeObject *code;

    if (tb_used * 2 >= tb_cap) {
        size_t ncap = tb_cap ? tb_cap * 2 : 64, i;
        TbEntry *old = tb_table, *nt = PyMem_Calloc(ncap, sizeof(TbEntry));
        if (nt == NULL) {
            return NULL;
        }
        tb_table = nt;
        for (i = 0; i < tb_cap; i++) {
            if (old[i].code != NULL) {
                *tb_find(old[i].funcname, old[i].filename, old[i].line) =
                  old[i];
            }
        }
        PyMem_Free(old);
        tb_cap = ncap;
    }
    e = tb_find(f, fn, line);
    if (e->code != NULL) {
        return e;
    }
    code = PyCode_NewEmpty(fn, f, line);
    if (code == NULL) {
        return NULL;
    }
#if PY_VERSION_HEX < 0x030C0000
    if (varnames != NULL && *varnames) {
        code = tb_code_with_varnames(code, varnames);
    }
#else
    (void)varnames;
#endif
    e->funcname = f;
    e->filename = fn;
    e->line = line;
    e->code = code;
#ifdef AOT_TB_FRAME_CACHE
    e->frame = NULL;
    e->frame_globals = NULL;
#endif
    tb_used++;
    return e;
}

#ifdef AOT_TB_FRAME_CACHE
/* Is a cached frame still as PyFrame_New made it? Whoever held it may
 * have set its f_trace or written names into its f_locals, and a later
 * traceback must not show those. The getters are too slow to ask at every
 * exception (f_locals builds a mapping), so the fields are read directly:
 * the head of PyFrameObject and the f_locals slot of the interpreter
 * frame it owns, as 3.11-3.13 lay them out (Include/internal/
 * pycore_frame.h). tb_peek_verify checks that layout once on a probe
 * frame through the public setters; if it does not hold, no frame is
 * reused. */
typedef struct {
    PyObject_HEAD PyObject *f_back;
    PyObject **f_frame; /* its leading pointers */
    PyObject *f_trace;
#if PY_VERSION_HEX >= 0x030D0000
    int f_lineno;
    char f_trace_lines;
    char f_trace_opcodes;
    PyObject *f_extra_locals;
#endif
} AotFrameHead;
#if PY_VERSION_HEX >= 0x030C0000
/* after f_code (3.13: f_executable), previous, funcobj, globals, builtins */
#define AOT_IFRAME_LOCALS 5
#else
/* after f_func, f_globals, f_builtins */
#define AOT_IFRAME_LOCALS 3
#endif

static int tb_peek_ok = -1; /* unknown, 0 no, 1 yes */

/* The mapping names written into f's f_locals go to, or NULL. */
static PyObject *
tb_peek_locals(PyFrameObject *f)
{
    AotFrameHead *h = (AotFrameHead *)f;
#if PY_VERSION_HEX >= 0x030D0000
    if (h->f_extra_locals != NULL) {
        return h->f_extra_locals;
    }
#endif
    return h->f_frame[AOT_IFRAME_LOCALS];
}

static int
tb_peek_clean(PyFrameObject *f)
{
    PyObject *loc = tb_peek_locals(f);
    return ((AotFrameHead *)f)->f_trace == NULL &&
           (loc == NULL || (PyDict_Check(loc) && PyDict_GET_SIZE(loc) == 0));
}

/* f: a new frame nobody else holds. */
static int
tb_peek_verify(PyFrameObject *f)
{
    AotFrameHead *h = (AotFrameHead *)f;
    char *lo = (char *)f;
    char *hi = lo + _PyObject_VAR_SIZE(Py_TYPE(f), Py_SIZE(f));
    PyObject *loc, *peek;
    int ok;
    if (Py_TYPE(f) != &PyFrame_Type || (char *)h->f_frame < lo + sizeof *h ||
        (char *)(h->f_frame + AOT_IFRAME_LOCALS + 1) > hi ||
        !tb_peek_clean(f)) {
        return 0;
    }
    if (PyObject_SetAttrString((PyObject *)f, "f_trace", Py_Ellipsis) < 0) {
        return -1;
    }
    ok = h->f_trace == Py_Ellipsis;
    if (PyObject_SetAttrString((PyObject *)f, "f_trace", Py_None) < 0) {
        return -1;
    }
    ok &= h->f_trace == NULL;
    if ((loc = PyFrame_GetLocals(f)) == NULL) {
        return -1;
    }
    ok &= tb_peek_clean(f); /* reading made at most an empty mapping */
    if (PyObject_SetItem(loc, Py_Ellipsis, Py_Ellipsis) < 0) {
        Py_DECREF(loc);
        return -1;
    }
    Py_DECREF(loc);
    peek = tb_peek_locals(f);
    ok &= peek != NULL && PyDict_Check(peek) &&
          PyDict_GetItemWithError(peek, Py_Ellipsis) == Py_Ellipsis &&
          !tb_peek_clean(f);
    return ok;
}
#endif

/* A frame of e's code with these globals.  Returns: new (NULL on
 * error). */
static PyFrameObject *
tb_frame(TbEntry *e, PyObject *globals)
{
    PyFrameObject *frame;
#ifdef AOT_TB_FRAME_CACHE
    if (tb_peek_ok < 0) {
        PyFrameObject *probe =
          PyFrame_New(PyThreadState_Get(), e->code, globals, NULL);
        tb_peek_ok = probe != NULL && tb_peek_verify(probe) == 1;
        Py_XDECREF(probe);
        PyErr_Clear();
    }
    if (e->frame != NULL && e->frame_globals == globals &&
        Py_REFCNT(e->frame) == 1 && tb_peek_clean(e->frame)) {
        return (PyFrameObject *)Py_NewRef(e->frame);
    }
#endif
    frame = PyFrame_New(PyThreadState_Get(), e->code, globals, NULL);
#ifdef AOT_TB_FRAME_CACHE
    if (frame != NULL && tb_peek_ok && !tb_cache_closed) {
        /* The newest frame replaces a busy one: the traceback holding
         * that one is more likely to live on than this one. */
        Py_XSETREF(e->frame, (PyFrameObject *)Py_NewRef(frame));
        e->frame_globals = globals;
    }
#endif
    return frame;
}

static void tb_add(const char *funcname,
                   const char *varnames,
                   const char *filename,
                   int line,
                   PyObject *globals);

void
AotTraceback_Add(const char *funcname,
                 const char *filename,
                 int line,
                 PyObject *globals)
{
    tb_add(funcname, NULL, filename, line, globals);
}

void
AotTraceback_AddVars(const char *names,
                     const char *filename,
                     int line,
                     PyObject *globals)
{
    tb_add(names, names + strlen(names) + 1, filename, line, globals);
}

static void
tb_add(const char *funcname,
       const char *varnames,
       const char *filename,
       int line,
       PyObject *globals)
{
    PyObject *exc, *empty = NULL;
    TbEntry *e;
    PyFrameObject *frame;

#ifdef AOT_TB_FRAME_CACHE
    /* The common case, a line that raised before and whose frame nobody
     * kept: nothing to create, so no need to set the exception aside
     * (PyTraceBack_Here takes it as it is). */
    if (globals != NULL && tb_peek_ok > 0) {
        e = tb_find(funcname, filename, line);
        if (e != NULL && e->code != NULL && e->frame != NULL &&
            e->frame_globals == globals && Py_REFCNT(e->frame) == 1 &&
            tb_peek_clean(e->frame)) {
            frame = (PyFrameObject *)Py_NewRef(e->frame);
            PyTraceBack_Here(frame);
            Py_DECREF(frame);
            return;
        }
    }
#endif
    /* Creating the code object and frame must not see (or clobber) the
     * pending exception. */
    exc = Aot_FetchRaised();
    e = tb_entry(funcname, filename, line, varnames);
    if (e == NULL) {
        goto done;
    }
    if (globals == NULL) {
        globals = empty = PyDict_New();
        if (globals == NULL) {
            goto done;
        }
        frame = PyFrame_New(PyThreadState_Get(), e->code, globals, NULL);
    }
    else {
        frame = tb_frame(e, globals);
    }
    if (frame == NULL) {
        goto done;
    }
    /* Put the exception back first: PyTraceBack_Here extends the traceback
     * of the raised exception. */
    PyErr_Clear();
    if (exc != NULL) {
        Aot_RestoreRaised(exc);
        exc = NULL;
    }
    PyTraceBack_Here(frame);
    Py_DECREF(frame);
done:
    Py_XDECREF(empty);
    if (exc != NULL) {
        /* Failed to add the entry: keep the original exception. */
        PyErr_Clear();
        Aot_RestoreRaised(exc);
    }
}

/* ======================================================================
 * raise / catch
 * ====================================================================== */

int
AotExc_Raise(PyObject *exc, PyObject *cause)
{
    PyObject *type, *value;

    if (PyExceptionClass_Check(exc)) {
        type = exc;
        value = PyObject_CallNoArgs(exc);
        if (value == NULL) {
            return -1;
        }
        if (!PyExceptionInstance_Check(value)) {
            PyErr_Format(PyExc_TypeError,
                         "calling %R should have returned an instance of "
                         "BaseException, not %R",
                         type,
                         Py_TYPE(value));
            Py_DECREF(value);
            return -1;
        }
    }
    else if (PyExceptionInstance_Check(exc)) {
        value = Py_NewRef(exc);
    }
    else {
        PyErr_SetString(PyExc_TypeError,
                        "exceptions must derive from BaseException");
        return -1;
    }

    if (cause != NULL) {
        PyObject *fixed;
        if (PyExceptionClass_Check(cause)) {
            fixed = PyObject_CallNoArgs(cause);
            if (fixed == NULL) {
                Py_DECREF(value);
                return -1;
            }
        }
        else if (PyExceptionInstance_Check(cause)) {
            fixed = Py_NewRef(cause);
        }
        else if (cause == Py_None) {
            fixed = NULL;
        }
        else {
            PyErr_SetString(PyExc_TypeError,
                            "exception causes must derive from "
                            "BaseException");
            Py_DECREF(value);
            return -1;
        }
        /* Steals fixed; also sets __suppress_context__. */
        PyException_SetCause(value, fixed);
    }
    /* PyErr_SetObject chains the handled exception as __context__. */
    PyErr_SetObject((PyObject *)Py_TYPE(value), value);
    Py_DECREF(value);
    return -1;
}

int
AotExc_Reraise(void)
{
    PyObject *exc = Aot_GetHandled();
    if (exc == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "No active exception to reraise");
        return -2; /* a new exception: the caller adds its entry */
    }
    Aot_RestoreRaised(exc);
    return -1;
}

PyObject *
AotExc_Catch(PyObject **saved_handled)
{
    PyObject *exc = Aot_FetchRaised(), *prev;
    if (exc == NULL) {
        *saved_handled = NULL;
        PyErr_SetString(PyExc_SystemError,
                        "pyaot: exception handler entered without exception");
        return NULL;
    }
    prev = Aot_GetHandled();
    *saved_handled = prev != NULL ? prev : Py_NewRef(Py_None);
    Aot_SetHandledSteal(Py_NewRef(exc));
    return exc;
}

int
AotExc_Matches(PyObject *exc, PyObject *type)
{
    static const char msg[] =
      "catching classes that do not inherit from BaseException is not "
      "allowed";
    if (PyTuple_Check(type)) {
        for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(type); i++) {
            if (!PyExceptionClass_Check(PyTuple_GET_ITEM(type, i))) {
                PyErr_SetString(PyExc_TypeError, msg);
                return -1;
            }
        }
    }
    else if (!PyExceptionClass_Check(type)) {
        PyErr_SetString(PyExc_TypeError, msg);
        return -1;
    }
    return PyErr_GivenExceptionMatches(exc, type);
}

void
AotExc_Restore(PyObject *exc)
{
    Aot_RestoreRaised(exc);
}

void
AotExc_RestoreHandled(PyObject *saved)
{
    Aot_SetHandledSteal(saved);
}

int
AotExc_AssertFail(PyObject *msg)
{
    PyObject *value;
    /* Always the real AssertionError, even if the name is rebound. */
    if (msg != NULL) {
        value = PyObject_CallOneArg(PyExc_AssertionError, msg);
    }
    else {
        value = PyObject_CallNoArgs(PyExc_AssertionError);
    }
    if (value == NULL) {
        return -1;
    }
    AotExc_Raise(value, NULL);
    Py_DECREF(value);
    return -1;
}

int
AotExc_UnboundLocal(const char *name)
{
    PyObject *n = PyUnicode_FromString(name);
    if (n != NULL) {
        PyErr_Format(PyExc_UnboundLocalError, AOT_MSG_UNBOUND_LOCAL, n);
        Py_DECREF(n);
    }
    return -1;
}

int
AotExc_UnboundFree(const char *name)
{
    PyObject *n = PyUnicode_FromString(name);
    if (n != NULL) {
        PyErr_Format(PyExc_NameError, AOT_MSG_UNBOUND_FREE, n);
        Py_DECREF(n);
    }
    return -1;
}

int
AotExc_NameError(PyObject *name)
{
    PyObject *msg, *exc;
    msg = PyUnicode_FromFormat("name '%.200S' is not defined", name);
    if (msg == NULL) {
        return -1;
    }
    exc = PyObject_CallOneArg(PyExc_NameError, msg);
    Py_DECREF(msg);
    if (exc == NULL) {
        return -1;
    }
#if AOT_NAMEERROR_HAS_NAME
    /* The name attribute feeds the "Did you mean" suggestions; failing to
     * set it is harmless, as in the interpreter. */
    if (PyObject_SetAttrString(exc, "name", name) < 0) {
        PyErr_Clear();
    }
#endif
    PyErr_SetObject(PyExc_NameError, exc);
    Py_DECREF(exc);
    return -1;
}

/* ======================================================================
 * with
 * ====================================================================== */

/* Special-method lookup: the attribute on the type (MRO), bound to obj
 * through its descriptor, as the interpreter does for __enter__/__exit__.
 * Returns: new ref, or NULL with no exception when missing. */
static PyObject *
lookup_special(PyObject *obj, const char *name)
{
    PyObject *mro = Py_TYPE(obj)->tp_mro, *key, *res = NULL;
    Py_ssize_t i, n;

    key = PyUnicode_InternFromString(name);
    if (key == NULL) {
        return NULL;
    }
    n = mro != NULL ? PyTuple_GET_SIZE(mro) : 0;
    for (i = 0; i < n; i++) {
        PyObject *d = Aot_TypeDict((PyTypeObject *)PyTuple_GET_ITEM(mro, i));
        if (d == NULL) {
            continue;
        }
        res = PyDict_GetItemWithError(d, key);
        Py_XINCREF(res);
        Py_DECREF(d);
        if (res != NULL || PyErr_Occurred()) {
            break;
        }
    }
    Py_DECREF(key);
    if (res != NULL) {
        descrgetfunc get = Py_TYPE(res)->tp_descr_get;
        if (get != NULL) {
            PyObject *bound = get(res, obj, (PyObject *)Py_TYPE(obj));
            Py_DECREF(res);
            res = bound;
        }
    }
    return res;
}

PyObject *
AotWith_Enter(PyObject *mgr, PyObject **exit_out)
{
    PyObject *enter, *exit, *res;

    *exit_out = NULL;
    enter = lookup_special(mgr, "__enter__");
    if (enter == NULL) {
        if (!PyErr_Occurred()) {
#if AOT_WITH_TYPEERROR
            PyErr_Format(PyExc_TypeError,
                         "'%.200s' object does not support the context "
                         "manager protocol",
                         Py_TYPE(mgr)->tp_name);
#else
            PyErr_SetString(PyExc_AttributeError, "__enter__");
#endif
        }
        return NULL;
    }
    exit = lookup_special(mgr, "__exit__");
    if (exit == NULL) {
        if (!PyErr_Occurred()) {
#if AOT_WITH_TYPEERROR
            PyErr_Format(PyExc_TypeError,
                         "'%.200s' object does not support the context "
                         "manager protocol (missed __exit__ method)",
                         Py_TYPE(mgr)->tp_name);
#else
            PyErr_SetString(PyExc_AttributeError, "__exit__");
#endif
        }
        Py_DECREF(enter);
        return NULL;
    }
    res = PyObject_CallNoArgs(enter);
    Py_DECREF(enter);
    if (res == NULL) {
        Py_DECREF(exit);
        return NULL;
    }
    *exit_out = exit;
    return res;
}

int
AotWith_ExitNormal(PyObject *exit)
{
    PyObject *args[3] = { Py_None, Py_None, Py_None };
    PyObject *r = PyObject_Vectorcall(exit, args, 3, NULL);
    if (r == NULL) {
        return -1;
    }
    Py_DECREF(r);
    return 0;
}

int
AotWith_ExitExc(PyObject *exit, PyObject *exc)
{
    PyObject *tb = PyException_GetTraceback(exc), *r;
    PyObject *args[3];
    int res;

    args[0] = (PyObject *)Py_TYPE(exc);
    args[1] = exc;
    args[2] = tb != NULL ? tb : Py_None;
    r = PyObject_Vectorcall(exit, args, 3, NULL);
    Py_XDECREF(tb);
    if (r == NULL) {
        return -1;
    }
    res = AotObj_IsTrue(r);
    Py_DECREF(r);
    return res;
}
