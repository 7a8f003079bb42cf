/* aot_compat.h: every CPython-version difference the runtime cares about.
 *
 * The runtime is compiled separately against each target interpreter, so a
 * PY_VERSION_HEX test here costs nothing at run time.  No other runtime file
 * may test PY_VERSION_HEX: they use the macros and inline helpers below, so
 * that supporting a new interpreter means reading one file.
 *
 * Supported: CPython 3.9 - 3.13 (3.11 is the primary target).  Only the
 * public, non-limited C-API is used, plus the reviewed semi-public items
 * listed in notes/design-research.md section 0.4 (ma_version_tag up to 3.11).
 */
#ifndef AOT_COMPAT_H
#define AOT_COMPAT_H

#ifndef PY_SSIZE_T_CLEAN
#define PY_SSIZE_T_CLEAN
#endif
#include <Python.h>
#include <frameobject.h>

#if PY_VERSION_HEX < 0x03090000
#error "pyaot runtime needs CPython 3.9 or newer"
#endif

/* ---- Module slots ------------------------------------------------------ */

/* Extra PEP 489 slots appended by the generated PyModuleDef.  The runtime
 * keeps state in C statics, so a second interpreter must be refused. */
#if PY_VERSION_HEX >= 0x030C0000
#define AOT_MODULE_EXTRA_SLOTS                                                \
    { Py_mod_multiple_interpreters,                                           \
      Py_MOD_MULTIPLE_INTERPRETERS_NOT_SUPPORTED },
#else
#define AOT_MODULE_EXTRA_SLOTS
#endif

/* ---- Inlining of hot helpers -------------------------------------------- */

/* A hot helper is inlined whatever gcc estimates. Generated code is long
 * straight runs of `if (unlikely(error)) ...` checks; gcc counts each as
 * only 90% likely to fall through, so after a few dozen of them it judges
 * even the body of the hottest loop "unlikely" and calls the small header
 * helpers (Py_DECREF, the list item fast paths) out of line there: an LCS
 * inner loop spent a quarter of its time in such calls. */
#define AOT_HOT static inline __attribute__((always_inline))

/* Py_DECREF, always inline (3.12 and later declare theirs so already; up
 * to 3.11 it is a plain static inline). Reference debugging builds keep
 * the header's version, which also counts and checks. */
#if PY_VERSION_HEX < 0x030C0000 && !defined(Py_REF_DEBUG)
AOT_HOT void
Aot_DecRef(PyObject *op)
{
    if (--op->ob_refcnt == 0)
        _Py_Dealloc(op);
}
#else
#define Aot_DecRef(op) Py_DECREF(op)
#endif
AOT_HOT void
Aot_XDecRef(PyObject *op)
{
    if (op != NULL)
        Aot_DecRef(op);
}

/* ---- Suggestions ----------------------------------------------------------
 */

/* 3.13+ end an unexpected keyword argument's message with "Did you mean
 * 'x'?", x the closest of the function's keyword-capable parameter names
 * (candidates, a list) by CPython's own measure, which 3.13 exposes as
 * _suggestions._generate_suggestions. Returns: new ref, or NULL for no
 * suggestion (any error is cleared: the message goes without one). */
static inline PyObject *
Aot_KeywordSuggestion(PyObject *candidates, PyObject *name)
{
#if PY_VERSION_HEX >= 0x030D0000
    PyObject *mod = PyImport_ImportModule("_suggestions"), *r = NULL;
    if (mod != NULL) {
        r = PyObject_CallMethod(
          mod, "_generate_suggestions", "OO", candidates, name);
        Py_DECREF(mod);
    }
    if (r == NULL || r == Py_None || !PyUnicode_Check(r)) {
        PyErr_Clear();
        Py_XDECREF(r);
        return NULL;
    }
    return r;
#else
    (void)candidates;
    (void)name;
    return NULL;
#endif
}

/* ---- Small API backfills ----------------------------------------------- */

/* Py_NewRef/Py_XNewRef appeared in 3.10. */
#if PY_VERSION_HEX < 0x030A0000
static inline PyObject *
Aot_NewRef(PyObject *o)
{
    Py_INCREF(o);
    return o;
}
static inline PyObject *
Aot_XNewRef(PyObject *o)
{
    Py_XINCREF(o);
    return o;
}
#define Py_NewRef(o) Aot_NewRef((PyObject *)(o))
#define Py_XNewRef(o) Aot_XNewRef((PyObject *)(o))
#endif

/* Py_IsNone and friends appeared in 3.10. */
#ifndef Py_IsNone
#define Py_IsNone(x) ((x) == Py_None)
#endif

/* Look up an attribute; AttributeError is not an error (Returns: 1 found
 * (new ref in *res), 0 missing (*res NULL), -1 error).  3.13 made this
 * public; before that the equivalent was private. */
static inline int
Aot_GetOptionalAttr(PyObject *o, PyObject *name, PyObject **res)
{
#if PY_VERSION_HEX >= 0x030D0000
    return PyObject_GetOptionalAttr(o, name, res);
#else
    *res = PyObject_GetAttr(o, name);
    if (*res != NULL) {
        return 1;
    }
    if (PyErr_ExceptionMatches(PyExc_AttributeError)) {
        PyErr_Clear();
        return 0;
    }
    return -1;
#endif
}

/* A type's own namespace.  3.12 keeps static builtin types' dicts in the
 * interpreter (tp_dict is NULL), so PyType_GetDict is the only way there.
 * Returns: new ref (may be NULL without an exception only before 3.12 for
 * a type that has not been readied, which cannot happen for an MRO entry). */
static inline PyObject *
Aot_TypeDict(PyTypeObject *t)
{
#if PY_VERSION_HEX >= 0x030C0000
    return PyType_GetDict(t);
#else
    Py_XINCREF(t->tp_dict);
    return t->tp_dict;
#endif
}

/* Make a str's canonical (PEP 393) data available; a no-op from 3.12,
 * where legacy strings no longer exist.  -1 on error.  Returns: 0 */
static inline int
Aot_UnicodeReady(PyObject *s)
{
#if PY_VERSION_HEX >= 0x030C0000
    (void)s;
    return 0;
#else
    return PyUnicode_READY(s);
#endif
}

/* Is the str's canonical data there already (always, from 3.12)? Fast
 * paths that must not fail test this instead of calling Aot_UnicodeReady. */
#if PY_VERSION_HEX >= 0x030C0000
#define AOT_UNICODE_READY(s) 1
#else
#define AOT_UNICODE_READY(s) PyUnicode_IS_READY(s)
#endif

/* ---- Ints -------------------------------------------------------------- */

/* Exact compact int -> its value without a function call.  Returns 1 and
 * sets *v if the int is small enough to be stored in one digit (3.12+:
 * "compact"), 0 otherwise (the caller then uses PyLong_AsLongLong...). */
AOT_HOT int
Aot_LongCompactValue(PyObject *o, int64_t *v)
{
#if PY_VERSION_HEX >= 0x030C0000
    if (PyUnstable_Long_IsCompact((PyLongObject *)o)) {
        *v = (int64_t)PyUnstable_Long_CompactValue((PyLongObject *)o);
        return 1;
    }
    return 0;
#else
    Py_ssize_t size = Py_SIZE(o);
    if (size == 0) {
        *v = 0;
        return 1;
    }
    if (size == 1) {
        *v = (int64_t)((PyLongObject *)o)->ob_digit[0];
        return 1;
    }
    if (size == -1) {
        *v = -(int64_t)((PyLongObject *)o)->ob_digit[0];
        return 1;
    }
    return 0;
#endif
}

/* ---- Dict lookups ------------------------------------------------------ */

/* d[key] for an exact dict.  Returns: borrowed (NULL + no exception when
 * missing).  3.13 added PyDict_GetItemRef and the borrowed variant stays
 * available; both are fine for the GIL build we target. */
static inline PyObject *
Aot_DictGetBorrowed(PyObject *d, PyObject *key)
{
    return PyDict_GetItemWithError(d, key);
}

/* ---- Globals cache ----------------------------------------------------- */

/* Up to 3.11 every dict carries a process-unique version tag that changes
 * on every mutation; from 3.12 it is deprecated and we use one dict watcher
 * (shared by all compiled modules) that bumps a global counter instead. */
#if PY_VERSION_HEX >= 0x030C0000
#define AOT_USE_DICT_WATCHER 1
#else
#define AOT_USE_DICT_WATCHER 0
AOT_HOT uint64_t
Aot_DictVersion(PyObject *d)
{
    return ((PyDictObject *)d)->ma_version_tag;
}
#endif

/* ---- Interpreter state ------------------------------------------------- */

/* Is the interpreter shutting down? (public from 3.13) */
static inline int
Aot_IsFinalizing(void)
{
#if PY_VERSION_HEX >= 0x030D0000
    return Py_IsFinalizing();
#else
    return _Py_IsFinalizing();
#endif
}

/* ---- Exceptions -------------------------------------------------------- */

/* The currently *handled* exception (sys.exc_info()[1]).  Returns: new ref
 * or NULL when there is none.  3.9/3.10 keep a (type, value, tb) triple;
 * the value alone is enough for us because its __traceback__ is the tb. */
static inline PyObject *
Aot_GetHandled(void)
{
#if PY_VERSION_HEX >= 0x030B0000
    PyObject *v = PyErr_GetHandledException();
    if (v == Py_None) {
        Py_DECREF(v);
        v = NULL;
    }
    return v;
#else
    PyObject *t, *v, *tb;
    PyErr_GetExcInfo(&t, &v, &tb);
    Py_XDECREF(t);
    Py_XDECREF(tb);
    if (v == Py_None) {
        Py_DECREF(v);
        v = NULL;
    }
    return v;
#endif
}

/* Make v (NULL or None: no exception) the handled exception.  Steals v. */
static inline void
Aot_SetHandledSteal(PyObject *v)
{
    if (v == Py_None) {
        Py_DECREF(v);
        v = NULL;
    }
#if PY_VERSION_HEX >= 0x030B0000
    PyErr_SetHandledException(v);
    Py_XDECREF(v);
#else
    if (v == NULL) {
        PyErr_SetExcInfo(NULL, NULL, NULL);
    }
    else {
        PyObject *t = Py_NewRef(PyExceptionInstance_Class(v));
        PyObject *tb = PyException_GetTraceback(v);
        PyErr_SetExcInfo(t, v, tb);
    }
#endif
}

/* Take the raised exception out of the thread state, normalized, with its
 * traceback stored on it.  Returns: new ref, or NULL if none is raised. */
static inline PyObject *
Aot_FetchRaised(void)
{
#if PY_VERSION_HEX >= 0x030C0000
    return PyErr_GetRaisedException();
#else
    PyObject *t, *v, *tb;
    PyErr_Fetch(&t, &v, &tb);
    if (t == NULL) {
        return NULL;
    }
    PyErr_NormalizeException(&t, &v, &tb);
    /* The pending traceback is the exception's, also when there is none:
     * the import system trims importlib's entries from the pending one
     * only, and the value may still hold them (CPython's eval loop sets
     * None here too). */
    PyException_SetTraceback(v, tb != NULL ? tb : Py_None);
    Py_XDECREF(tb);
    Py_DECREF(t);
    return v;
#endif
}

/* Make exc the raised exception again, as-is (no new context).  Steals. */
static inline void
Aot_RestoreRaised(PyObject *exc)
{
#if PY_VERSION_HEX >= 0x030C0000
    PyErr_SetRaisedException(exc);
#else
    PyObject *t = Py_NewRef(PyExceptionInstance_Class(exc));
    PyObject *tb = PyException_GetTraceback(exc);
    PyErr_Restore(t, exc, tb);
#endif
}

/* ---- Messages that differ between versions ----------------------------- */

#if PY_VERSION_HEX >= 0x030B0000
#define AOT_MSG_UNBOUND_LOCAL                                                 \
    "cannot access local variable '%U' where it is not associated with a "    \
    "value"
#define AOT_MSG_UNBOUND_FREE                                                  \
    "cannot access free variable '%U' where it is not associated with a "     \
    "value in enclosing scope"
#else
#define AOT_MSG_UNBOUND_LOCAL                                                 \
    "local variable '%U' referenced before assignment"
#define AOT_MSG_UNBOUND_FREE                                                  \
    "free variable '%U' referenced before assignment in enclosing scope"
#endif

#if PY_VERSION_HEX >= 0x030D0000
#define AOT_MSG_FLOAT_MOD_ZERO "float modulo by zero"
#else
#define AOT_MSG_FLOAT_MOD_ZERO "float modulo"
#endif

/* NameError gained a `name` attribute (used for "Did you mean") in 3.10. */
#if PY_VERSION_HEX >= 0x030A0000
#define AOT_NAMEERROR_HAS_NAME 1
#else
#define AOT_NAMEERROR_HAS_NAME 0
#endif

/* `with` on an object lacking __enter__/__exit__: 3.11 made it a TypeError
 * with a sentence; before that it was AttributeError('__enter__'). */
#if PY_VERSION_HEX >= 0x030B0000
#define AOT_WITH_TYPEERROR 1
#else
#define AOT_WITH_TYPEERROR 0
#endif

/* Argument-parsing errors name the function by its current __qualname__
 * from 3.10; 3.9 used the code object's co_name (the `def` name). */
#if PY_VERSION_HEX >= 0x030A0000
#define AOT_ARGS_USE_QUALNAME 1
#else
#define AOT_ARGS_USE_QUALNAME 0
#endif

/* code.replace() knows co_qualname from 3.11. */
#if PY_VERSION_HEX >= 0x030B0000
#define AOT_CODE_HAS_QUALNAME 1
#else
#define AOT_CODE_HAS_QUALNAME 0
#endif

/* 3.12 turned "got multiple values for keyword argument" detection into a
 * check of any single-arg KeyError raised while merging **kwargs (so a
 * KeyError from the mapping's __getitem__ is reported that way too). */
#if PY_VERSION_HEX >= 0x030C0000
#define AOT_KWMERGE_ANY_KEYERROR 1
#else
#define AOT_KWMERGE_ANY_KEYERROR 0
#endif

/* ImportError gained name_from (the name that failed in `from m import
 * x`) in 3.12. */
#if PY_VERSION_HEX >= 0x030C0000
#define AOT_IMPORTERROR_NAME_FROM 1
#else
#define AOT_IMPORTERROR_NAME_FROM 0
#endif

#endif /* AOT_COMPAT_H */
