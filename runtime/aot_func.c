/* aot_func.c: the compiled function type ("pyaot_function") and argument
 * binding for its vectorcall entry.
 *
 * The type looks like a Python function wherever that is cheap: it binds
 * as a method (tp_descr_get + Py_TPFLAGS_METHOD_DESCRIPTOR), has settable
 * __name__/__qualname__/__doc__/__module__/__defaults__/__kwdefaults__/
 * __annotations__, a __dict__, and a real (empty) __code__ object whose
 * argument counts, names and flags let inspect.signature() work.  One copy
 * of the type is shared by every compiled module in the process (see
 * Aot_RuntimeInit), so instances from different modules have the same type.
 *
 * AotArgs_Parse reproduces the interpreter's binding of arguments to
 * parameters step by step (positionals, *args, keywords, too many
 * positionals, defaults, keyword-only defaults), so that both the result
 * and the first error reported match CPython.
 */

#include "aot_internal.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

#include <stddef.h>
#include <string.h>

#define CO_FLAG_OPTIMIZED 0x0001
#define CO_FLAG_NEWLOCALS 0x0002
#define CO_FLAG_VARARGS 0x0004
#define CO_FLAG_VARKEYWORDS 0x0008

/* ======================================================================
 * Descriptor name tables
 * ====================================================================== */

static int
desc_total(const AotFuncDesc *d)
{
    return d->npos + d->nkwonly + ((d->flags & AOT_FUNC_VARARGS) ? 1 : 0) +
           ((d->flags & AOT_FUNC_VARKW) ? 1 : 0);
}

/* Interned argument names of d, built on first use.  Returns: borrowed */
static PyObject *
desc_names(AotFuncDesc *d)
{
    PyObject *t;
    int n, i;
    if (d->rt_names != NULL) {
        return d->rt_names;
    }
    n = desc_total(d);
    t = PyTuple_New(n);
    if (t == NULL) {
        return NULL;
    }
    for (i = 0; i < n; i++) {
        PyObject *s = PyUnicode_InternFromString(d->argnames[i]);
        if (s == NULL) {
            Py_DECREF(t);
            return NULL;
        }
        PyTuple_SET_ITEM(t, i, s);
    }
    d->rt_names = t;
    return t;
}

/* ======================================================================
 * The type
 * ====================================================================== */

static PyTypeObject *func_type; /* the shared type, once fetched */

int
AotFunction_Check(PyObject *o)
{
    return func_type != NULL && Py_TYPE(o) == func_type;
}

PyObject *
AotFunction_New(AotFuncDesc *desc,
                PyObject *globals,
                PyObject *defaults,
                PyObject *kwdefaults,
                PyObject *doc,
                PyObject *annotations)
{
    AotFunctionObject *f;
    PyObject *module;

    if (func_type == NULL) {
        if (Aot_RuntimeInit() < 0) {
            return NULL;
        }
        func_type = Aot_shared->function_type;
    }
    module = PyDict_GetItemString(globals, "__name__");
    f = PyObject_GC_New(AotFunctionObject, func_type);
    if (f == NULL) {
        return NULL;
    }
    f->vectorcall = desc->vectorcall;
    f->desc = desc;
    f->globals = Py_NewRef(globals);
    f->name = PyUnicode_InternFromString(desc->name);
    f->qualname = PyUnicode_InternFromString(desc->qualname);
    f->module = Py_XNewRef(module);
    f->doc = Py_NewRef(doc != NULL ? doc : Py_None);
    f->defaults =
      (defaults != NULL && defaults != Py_None) ? Py_NewRef(defaults) : NULL;
    f->kwdefaults = (kwdefaults != NULL && kwdefaults != Py_None)
                      ? Py_NewRef(kwdefaults)
                      : NULL;
    f->annotations = Py_XNewRef(annotations);
    f->dict = NULL;
    f->code = NULL;
    f->weakreflist = NULL;
    if (f->name == NULL || f->qualname == NULL) {
        Py_DECREF(f);
        return NULL;
    }
    PyObject_GC_Track(f);
    return (PyObject *)f;
}

static int
func_traverse(AotFunctionObject *f, visitproc visit, void *arg)
{
    Py_VISIT(f->globals);
    Py_VISIT(f->name);
    Py_VISIT(f->qualname);
    Py_VISIT(f->module);
    Py_VISIT(f->doc);
    Py_VISIT(f->defaults);
    Py_VISIT(f->kwdefaults);
    Py_VISIT(f->annotations);
    Py_VISIT(f->dict);
    Py_VISIT(f->code);
    return 0;
}

static int
func_clear(AotFunctionObject *f)
{
    Py_CLEAR(f->globals);
    Py_CLEAR(f->module);
    Py_CLEAR(f->doc);
    Py_CLEAR(f->defaults);
    Py_CLEAR(f->kwdefaults);
    Py_CLEAR(f->annotations);
    Py_CLEAR(f->dict);
    Py_CLEAR(f->code);
    /* name and qualname stay: repr() may still be called on a cleared
     * object during GC, and str cannot form cycles. */
    return 0;
}

static void
func_dealloc(AotFunctionObject *f)
{
    PyObject_GC_UnTrack(f);
    if (f->weakreflist != NULL) {
        PyObject_ClearWeakRefs((PyObject *)f);
    }
    func_clear(f);
    Py_CLEAR(f->name);
    Py_CLEAR(f->qualname);
    PyObject_GC_Del(f);
}

static PyObject *
func_repr(AotFunctionObject *f)
{
    return PyUnicode_FromFormat("<function %U at %p>", f->qualname, f);
}

static PyObject *
func_descr_get(PyObject *f, PyObject *obj, PyObject *type)
{
    (void)type;
    if (obj == NULL || obj == Py_None) {
        return Py_NewRef(f);
    }
    return PyMethod_New(f, obj);
}

/* pickle by reference, like a Python function: the qualified name. */
static PyObject *
func_reduce(AotFunctionObject *f, PyObject *unused)
{
    (void)unused;
    return Py_NewRef(f->qualname);
}

static PyMethodDef func_methods[] = {
    { "__reduce__", (PyCFunction)func_reduce, METH_NOARGS, NULL },
    { NULL, NULL, 0, NULL },
};

/* ---- getset ------------------------------------------------------------ */

static PyObject *
get_name(AotFunctionObject *f, void *c)
{
    (void)c;
    return Py_NewRef(f->name);
}

static int
set_name(AotFunctionObject *f, PyObject *v, void *c)
{
    (void)c;
    if (v == NULL || !PyUnicode_Check(v)) {
        PyErr_SetString(PyExc_TypeError,
                        "__name__ must be set to a string object");
        return -1;
    }
    Py_SETREF(f->name, Py_NewRef(v));
    return 0;
}

static PyObject *
get_qualname(AotFunctionObject *f, void *c)
{
    (void)c;
    return Py_NewRef(f->qualname);
}

static int
set_qualname(AotFunctionObject *f, PyObject *v, void *c)
{
    (void)c;
    if (v == NULL || !PyUnicode_Check(v)) {
        PyErr_SetString(PyExc_TypeError,
                        "__qualname__ must be set to a string object");
        return -1;
    }
    Py_SETREF(f->qualname, Py_NewRef(v));
    return 0;
}

/* Plain object slot: None when NULL; deletable. */
#define OBJ_GETSET(FIELD)                                                     \
    static PyObject *get_##FIELD(AotFunctionObject *f, void *c)               \
    {                                                                         \
        (void)c;                                                              \
        return Py_NewRef(f->FIELD != NULL ? f->FIELD : Py_None);              \
    }                                                                         \
    static int set_##FIELD(AotFunctionObject *f, PyObject *v, void *c)        \
    {                                                                         \
        (void)c;                                                              \
        Py_XSETREF(f->FIELD, Py_XNewRef(v));                                  \
        return 0;                                                             \
    }
OBJ_GETSET(doc)
OBJ_GETSET(module)
#undef OBJ_GETSET

static PyObject *
get_defaults(AotFunctionObject *f, void *c)
{
    (void)c;
    return Py_NewRef(f->defaults != NULL ? f->defaults : Py_None);
}

static int
set_defaults(AotFunctionObject *f, PyObject *v, void *c)
{
    (void)c;
    if (v == Py_None) {
        v = NULL;
    }
    if (v != NULL && !PyTuple_Check(v)) {
        PyErr_SetString(PyExc_TypeError,
                        "__defaults__ must be set to a tuple object");
        return -1;
    }
    Py_XSETREF(f->defaults, Py_XNewRef(v));
    return 0;
}

static PyObject *
get_kwdefaults(AotFunctionObject *f, void *c)
{
    (void)c;
    return Py_NewRef(f->kwdefaults != NULL ? f->kwdefaults : Py_None);
}

static int
set_kwdefaults(AotFunctionObject *f, PyObject *v, void *c)
{
    (void)c;
    if (v == Py_None) {
        v = NULL;
    }
    if (v != NULL && !PyDict_Check(v)) {
        PyErr_SetString(PyExc_TypeError,
                        "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    Py_XSETREF(f->kwdefaults, Py_XNewRef(v));
    return 0;
}

static PyObject *
get_annotations(AotFunctionObject *f, void *c)
{
    (void)c;
    if (f->annotations == NULL) {
        f->annotations = PyDict_New();
        if (f->annotations == NULL) {
            return NULL;
        }
    }
    return Py_NewRef(f->annotations);
}

static int
set_annotations(AotFunctionObject *f, PyObject *v, void *c)
{
    (void)c;
    if (v == Py_None) {
        v = NULL;
    }
    if (v != NULL && !PyDict_Check(v)) {
        PyErr_SetString(PyExc_TypeError,
                        "__annotations__ must be set to a dict object");
        return -1;
    }
    Py_XSETREF(f->annotations, Py_XNewRef(v));
    return 0;
}

static PyObject *
get_globals(AotFunctionObject *f, void *c)
{
    (void)c;
    return Py_NewRef(f->globals);
}

/* __builtins__ (3.10+): the builtins namespace the function's globals
 * use, as a dict.  Returns: new ref */
static PyObject *
get_builtins(AotFunctionObject *f, void *c)
{
    (void)c;
    PyObject *b = AotModule_Builtins(f->globals);
    Py_XINCREF(b);
    return b;
}

static PyObject *
get_closure(AotFunctionObject *f, void *c)
{
    (void)f;
    (void)c;
    return Py_NewRef(Py_None);
}

/* Build the code object: an empty code object with the function's real
 * signature, made through code.replace() so that we need no
 * version-specific constructor.  Returns: new ref */
static PyObject *
build_code(AotFunctionObject *f)
{
    AotFuncDesc *d = f->desc;
    PyObject *code = NULL, *replace = NULL, *kw = NULL, *args = NULL;
    PyObject *names, *r = NULL;
    int flags = CO_FLAG_OPTIMIZED | CO_FLAG_NEWLOCALS;

    names = desc_names(d);
    if (names == NULL) {
        return NULL;
    }
    if (d->flags & AOT_FUNC_VARARGS) {
        flags |= CO_FLAG_VARARGS;
    }
    if (d->flags & AOT_FUNC_VARKW) {
        flags |= CO_FLAG_VARKEYWORDS;
    }
    code = (PyObject *)PyCode_NewEmpty(
      d->filename ? d->filename : "?", d->name, d->firstlineno);
    if (code == NULL) {
        goto done;
    }
    replace = PyObject_GetAttrString(code, "replace");
    args = PyTuple_New(0);
    kw = Py_BuildValue("{s:i,s:i,s:i,s:n,s:O,s:i}",
                       "co_argcount",
                       d->npos,
                       "co_posonlyargcount",
                       d->nposonly,
                       "co_kwonlyargcount",
                       d->nkwonly,
                       "co_nlocals",
                       PyTuple_GET_SIZE(names),
                       "co_varnames",
                       names,
                       "co_flags",
                       flags);
    if (replace == NULL || args == NULL || kw == NULL) {
        goto done;
    }
#if AOT_CODE_HAS_QUALNAME
    if (PyDict_SetItemString(kw, "co_qualname", f->qualname) < 0) {
        goto done;
    }
#endif
    r = PyObject_Call(replace, args, kw);
done:
    Py_XDECREF(code);
    Py_XDECREF(replace);
    Py_XDECREF(args);
    Py_XDECREF(kw);
    return r;
}

static PyObject *
get_code(AotFunctionObject *f, void *c)
{
    (void)c;
    if (f->code == NULL) {
        f->code = build_code(f);
        if (f->code == NULL) {
            return NULL;
        }
    }
    return Py_NewRef(f->code);
}

static int
set_code(AotFunctionObject *f, PyObject *v, void *c)
{
    (void)f;
    (void)v;
    (void)c;
    /* Documented deviation: the body is compiled C. */
    PyErr_SetString(PyExc_TypeError,
                    "__code__ of a compiled function cannot be replaced");
    return -1;
}

typedef PyObject *(*aot_getter)(AotFunctionObject *, void *);
typedef int (*aot_setter)(AotFunctionObject *, PyObject *, void *);
#define GS(NAME, GET, SET)                                                    \
    {                                                                         \
        NAME, (getter)(aot_getter)GET, (setter)(aot_setter)SET, NULL, NULL    \
    }

static PyGetSetDef func_getset[] = {
    GS("__name__", get_name, set_name),
    GS("__qualname__", get_qualname, set_qualname),
    GS("__doc__", get_doc, set_doc),
    GS("__module__", get_module, set_module),
    GS("__defaults__", get_defaults, set_defaults),
    GS("__kwdefaults__", get_kwdefaults, set_kwdefaults),
    GS("__annotations__", get_annotations, set_annotations),
    GS("__globals__", get_globals, NULL),
#if PY_VERSION_HEX >= 0x030A0000
    GS("__builtins__", get_builtins, NULL),
#endif
    GS("__closure__", get_closure, NULL),
    GS("__code__", get_code, set_code),
    { "__dict__",
      PyObject_GenericGetDict,
      PyObject_GenericSetDict,
      NULL,
      NULL },
    { NULL, NULL, NULL, NULL, NULL },
};
#undef GS

/* The head macro carries its own trailing comma, which clang-format
 * cannot see. */
/* clang-format off */
static PyTypeObject func_type_obj = {
    PyVarObject_HEAD_INIT(NULL, 0)
    /* "function", so CPython's own messages read as for Python functions
     * ("'function' object has no attribute ..."). */
    .tp_name = "function",
    .tp_basicsize = sizeof(AotFunctionObject),
    .tp_dealloc = (destructor)func_dealloc,
    .tp_vectorcall_offset = offsetof(AotFunctionObject, vectorcall),
    .tp_repr = (reprfunc)func_repr,
    .tp_call = PyVectorcall_Call,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_setattro = PyObject_GenericSetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC |
                Py_TPFLAGS_HAVE_VECTORCALL | Py_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_doc = "compiled Python function (pyaot)",
    .tp_traverse = (traverseproc)func_traverse,
    .tp_clear = (inquiry)func_clear,
    .tp_weaklistoffset = offsetof(AotFunctionObject, weakreflist),
    .tp_methods = func_methods,
    .tp_getset = func_getset,
    .tp_descr_get = func_descr_get,
    .tp_dictoffset = offsetof(AotFunctionObject, dict),
};
/* clang-format on */

PyTypeObject *
Aot_FunctionTypeReady(void)
{
    if (PyType_Ready(&func_type_obj) < 0) {
        return NULL;
    }
    return &func_type_obj;
}

/* ======================================================================
 * Recursion
 * ====================================================================== */

__thread int Aot_depth __attribute__((tls_model("initial-exec")));
/* Shared by all threads: the limit is per interpreter, and a stale value
 * only sends an entry to the slow path, which re-reads it. */
int Aot_depth_limit = 1000;

/* Lowest usable address of this thread's C stack (0: unknown). */
static __thread uintptr_t aot_stack_low;

static uintptr_t
aot_stack_floor(void)
{
    if (aot_stack_low == 0) {
        pthread_attr_t attr;
        void *addr;
        size_t size;
        if (pthread_getattr_np(pthread_self(), &attr) == 0) {
            if (pthread_attr_getstack(&attr, &addr, &size) == 0)
                aot_stack_low = (uintptr_t)addr;
            pthread_attr_destroy(&attr);
        }
        if (aot_stack_low == 0)
            aot_stack_low = 1;
    }
    return aot_stack_low;
}

int
AotFunc_DepthSlow(int d)
{
    int limit = Py_GetRecursionLimit();
    char here;
    uintptr_t sp = (uintptr_t)&here;
    uintptr_t floor = aot_stack_floor();
    /* Keep 256 KiB for the interpreter and C-API calls made from here. */
    bool stack_low = floor > 1 && sp < floor + 256 * 1024;
    Aot_depth_limit = limit;
    if (d > limit || stack_low) {
        PyErr_SetString(PyExc_RecursionError,
                        "maximum recursion depth exceeded");
        return -1;
    }
    return 0;
}

int
AotFunc_EntryDepth(void)
{
    Aot_depth_limit = Py_GetRecursionLimit();
    return Aot_depth + 1;
}

/* ======================================================================
 * Argument parsing
 * ====================================================================== */

/* 3.9 names the function by its code object's name, i.e. the `def` name,
 * even after __name__ is reassigned.  Returns: new ref */
static PyObject *
err_name_ref(AotFunctionObject *f)
{
#if AOT_ARGS_USE_QUALNAME
    return Py_NewRef(f->qualname);
#else
    return PyUnicode_FromString(f->desc->name);
#endif
}

static void
clear_out(PyObject **out, int n)
{
    for (int i = 0; i < n; i++) {
        Py_CLEAR(out[i]);
    }
}

/* "missing N required <kind> argument(s): 'a', 'b', and 'c'" for the
 * unset slots in [start, end). */
static void
err_missing(AotFunctionObject *f,
            PyObject **out,
            PyObject *names,
            int start,
            int end,
            const char *kind)
{
    PyObject *list = PyList_New(0), *joined = NULL, *fname;
    Py_ssize_t n;
    int i;

    if (list == NULL) {
        return;
    }
    for (i = start; i < end; i++) {
        if (out[i] == NULL) {
            PyObject *r = PyObject_Repr(PyTuple_GET_ITEM(names, i));
            if (r == NULL || PyList_Append(list, r) < 0) {
                Py_XDECREF(r);
                Py_DECREF(list);
                return;
            }
            Py_DECREF(r);
        }
    }
    n = PyList_GET_SIZE(list);
    if (n == 1) {
        joined = Py_NewRef(PyList_GET_ITEM(list, 0));
    }
    else if (n == 2) {
        joined = PyUnicode_FromFormat(
          "%U and %U", PyList_GET_ITEM(list, 0), PyList_GET_ITEM(list, 1));
    }
    else {
        PyObject *tail = PyUnicode_FromFormat(", %U, and %U",
                                              PyList_GET_ITEM(list, n - 2),
                                              PyList_GET_ITEM(list, n - 1));
        PyObject *sep = PyUnicode_FromString(", "), *head = NULL;
        if (tail != NULL && sep != NULL &&
            PyList_SetSlice(list, n - 2, n, NULL) == 0) {
            head = PyUnicode_Join(sep, list);
        }
        if (head != NULL) {
            joined = PyUnicode_Concat(head, tail);
        }
        Py_XDECREF(head);
        Py_XDECREF(tail);
        Py_XDECREF(sep);
    }
    fname = err_name_ref(f);
    if (joined != NULL && fname != NULL) {
        PyErr_Format(PyExc_TypeError,
                     "%U() missing %zd required %s argument%s: %U",
                     fname,
                     n,
                     kind,
                     n == 1 ? "" : "s",
                     joined);
    }
    Py_XDECREF(fname);
    Py_XDECREF(joined);
    Py_DECREF(list);
}

static void
err_too_many(AotFunctionObject *f, PyObject **out, Py_ssize_t given)
{
    AotFuncDesc *d = f->desc;
    Py_ssize_t kwonly_given = 0, defcount, i;
    PyObject *sig, *kwsig, *fname;
    int plural;

    for (i = d->npos; i < d->npos + d->nkwonly; i++) {
        if (out[i] != NULL) {
            kwonly_given++;
        }
    }
    defcount = f->defaults != NULL ? PyTuple_GET_SIZE(f->defaults) : 0;
    if (defcount) {
        plural = 1;
        sig =
          PyUnicode_FromFormat("from %zd to %d", d->npos - defcount, d->npos);
    }
    else {
        plural = d->npos != 1;
        sig = PyUnicode_FromFormat("%d", d->npos);
    }
    if (sig == NULL) {
        return;
    }
    if (kwonly_given) {
        kwsig = PyUnicode_FromFormat(
          " positional argument%s (and %zd keyword-only argument%s)",
          given != 1 ? "s" : "",
          kwonly_given,
          kwonly_given != 1 ? "s" : "");
    }
    else {
        kwsig = PyUnicode_FromString("");
    }
    fname = err_name_ref(f);
    if (kwsig != NULL && fname != NULL) {
        PyErr_Format(PyExc_TypeError,
                     "%U() takes %U positional argument%s but %zd%U %s given",
                     fname,
                     sig,
                     plural ? "s" : "",
                     given,
                     kwsig,
                     given == 1 && !kwonly_given ? "was" : "were");
    }
    Py_XDECREF(fname);
    Py_XDECREF(kwsig);
    Py_DECREF(sig);
}

/* Positional-only names that were passed by keyword; raises and returns 1
 * if there are any, 0 if none, -1 on error. */
static int
err_posonly_as_kw(AotFunctionObject *f, PyObject *names, PyObject *kwnames)
{
    PyObject *list = PyList_New(0), *sep, *joined, *fname;
    Py_ssize_t nkw = PyTuple_GET_SIZE(kwnames), k2;
    int k, found = 0;

    if (list == NULL) {
        return -1;
    }
    for (k = 0; k < f->desc->nposonly; k++) {
        PyObject *pname = PyTuple_GET_ITEM(names, k);
        for (k2 = 0; k2 < nkw; k2++) {
            PyObject *kw = PyTuple_GET_ITEM(kwnames, k2);
            int eq =
              kw == pname ? 1 : PyObject_RichCompareBool(pname, kw, Py_EQ);
            if (eq < 0) {
                Py_DECREF(list);
                return -1;
            }
            if (eq) {
                if (PyList_Append(list, kw) < 0) {
                    Py_DECREF(list);
                    return -1;
                }
                found++;
            }
        }
    }
    if (!found) {
        Py_DECREF(list);
        return 0;
    }
    sep = PyUnicode_FromString(", ");
    joined = sep ? PyUnicode_Join(sep, list) : NULL;
    fname = err_name_ref(f);
    if (joined != NULL && fname != NULL) {
        PyErr_Format(PyExc_TypeError,
                     "%U() got some positional-only arguments passed as "
                     "keyword arguments: '%U'",
                     fname,
                     joined);
    }
    Py_XDECREF(fname);
    Py_XDECREF(joined);
    Py_XDECREF(sep);
    Py_DECREF(list);
    return 1;
}

static void
err_kw(AotFunctionObject *f, const char *fmt, PyObject *keyword)
{
    PyObject *fname = err_name_ref(f);
    if (fname != NULL) {
        PyErr_Format(PyExc_TypeError, fmt, fname, keyword);
        Py_DECREF(fname);
    }
}

/* "f() got an unexpected keyword argument 'k'", with 3.13's suggestion
 * among the parameters names[lo:hi] when there is one. */
static void
err_unexpected_kw(AotFunctionObject *f,
                  PyObject *names,
                  Py_ssize_t lo,
                  Py_ssize_t hi,
                  PyObject *keyword)
{
    PyObject *cands = PyTuple_GetSlice(names, lo, hi), *list, *sugg = NULL;
    if (cands == NULL) {
        return;
    }
    list = PySequence_List(cands);
    Py_DECREF(cands);
    if (list == NULL) {
        return;
    }
    sugg = Aot_KeywordSuggestion(list, keyword);
    Py_DECREF(list);
    if (sugg == NULL) {
        err_kw(f, "%U() got an unexpected keyword argument '%S'", keyword);
        return;
    }
    PyObject *fname = err_name_ref(f);
    if (fname != NULL) {
        PyErr_Format(PyExc_TypeError,
                     "%U() got an unexpected keyword argument '%S'. Did you "
                     "mean '%S'?",
                     fname,
                     keyword,
                     sugg);
        Py_DECREF(fname);
    }
    Py_DECREF(sugg);
}

int
AotArgs_Parse(PyObject *func,
              PyObject *const *args,
              size_t nargsf,
              PyObject *kwnames,
              PyObject **out)
{
    AotFunctionObject *f = (AotFunctionObject *)func;
    AotFuncDesc *d = f->desc;
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf), nkw, i, j;
    const int npos = d->npos, total = d->npos + d->nkwonly;
    const int has_varargs = (d->flags & AOT_FUNC_VARARGS) != 0;
    const int has_varkw = (d->flags & AOT_FUNC_VARKW) != 0;
    const int nout = desc_total(d);
    PyObject *names, *kwdict = NULL;
    Py_ssize_t n, defcount;

    nkw = kwnames != NULL ? PyTuple_GET_SIZE(kwnames) : 0;

    /* Fast path: exactly the positional parameters, nothing else. */
    if (nkw == 0 && nargs == npos && d->nkwonly == 0 && !has_varkw) {
        for (i = 0; i < npos; i++) {
            out[i] = Py_NewRef(args[i]);
        }
        if (has_varargs) {
            out[npos] = PyTuple_New(0);
            if (out[npos] == NULL) {
                clear_out(out, npos);
                return -1;
            }
        }
        return 0;
    }

    names = desc_names(d);
    if (names == NULL) {
        return -1;
    }
    for (i = 0; i < nout; i++) {
        out[i] = NULL;
    }

    /* Positionals, then the surplus into *args. */
    n = nargs < npos ? nargs : npos;
    for (i = 0; i < n; i++) {
        out[i] = Py_NewRef(args[i]);
    }
    if (has_varargs) {
        PyObject *t = PyTuple_New(nargs > n ? nargs - n : 0);
        if (t == NULL) {
            goto fail;
        }
        for (i = n; i < nargs; i++) {
            PyTuple_SET_ITEM(t, i - n, Py_NewRef(args[i]));
        }
        out[total] = t;
    }
    if (has_varkw) {
        kwdict = PyDict_New();
        if (kwdict == NULL) {
            goto fail;
        }
        out[total + has_varargs] = kwdict;
    }

    /* Keywords. */
    for (i = 0; i < nkw; i++) {
        PyObject *keyword = PyTuple_GET_ITEM(kwnames, i);
        PyObject *value = args[nargs + i];

        if (!PyUnicode_Check(keyword)) {
            PyObject *fname = err_name_ref(f);
            if (fname != NULL) {
                PyErr_Format(
                  PyExc_TypeError, "%U() keywords must be strings", fname);
                Py_DECREF(fname);
            }
            goto fail;
        }
        /* Names are normally interned: pointer compare first. */
        for (j = d->nposonly; j < total; j++) {
            if (PyTuple_GET_ITEM(names, j) == keyword) {
                goto kw_found;
            }
        }
        for (j = d->nposonly; j < total; j++) {
            int eq = PyObject_RichCompareBool(
              keyword, PyTuple_GET_ITEM(names, j), Py_EQ);
            if (eq > 0) {
                goto kw_found;
            }
            if (eq < 0) {
                goto fail;
            }
        }
        if (kwdict == NULL) {
            if (d->nposonly > 0) {
                int r = err_posonly_as_kw(f, names, kwnames);
                if (r != 0) {
                    goto fail;
                }
            }
            err_unexpected_kw(f, names, d->nposonly, total, keyword);
            goto fail;
        }
        if (PyDict_SetItem(kwdict, keyword, value) < 0) {
            goto fail;
        }
        continue;
    kw_found:
        if (out[j] != NULL) {
            err_kw(f, "%U() got multiple values for argument '%S'", keyword);
            goto fail;
        }
        out[j] = Py_NewRef(value);
    }

    if (nargs > npos && !has_varargs) {
        err_too_many(f, out, nargs);
        goto fail;
    }

    /* Positional defaults. */
    if (nargs < npos) {
        Py_ssize_t m, missing = 0;
        defcount = f->defaults != NULL ? PyTuple_GET_SIZE(f->defaults) : 0;
        m = npos - defcount;
        for (i = nargs; i < m; i++) {
            if (out[i] == NULL) {
                missing++;
            }
        }
        if (missing) {
            err_missing(f, out, names, 0, (int)m, "positional");
            goto fail;
        }
        i = n > m ? n - m : 0;
        for (; i < defcount; i++) {
            if (out[m + i] == NULL) {
                out[m + i] = Py_NewRef(PyTuple_GET_ITEM(f->defaults, i));
            }
        }
    }

    /* Keyword-only defaults. */
    if (d->nkwonly > 0) {
        Py_ssize_t missing = 0;
        for (i = npos; i < total; i++) {
            PyObject *def;
            if (out[i] != NULL) {
                continue;
            }
            if (f->kwdefaults != NULL) {
                def = PyDict_GetItemWithError(f->kwdefaults,
                                              PyTuple_GET_ITEM(names, i));
                if (def != NULL) {
                    out[i] = Py_NewRef(def);
                    continue;
                }
                if (PyErr_Occurred()) {
                    goto fail;
                }
            }
            missing++;
        }
        if (missing) {
            err_missing(f, out, names, npos, total, "keyword-only");
            goto fail;
        }
    }
    return 0;

fail:
    clear_out(out, nout);
    return -1;
}
