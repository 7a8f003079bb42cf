/* aot_module.c: module setup, the process-wide shared state, the globals
 * and builtins cache, constants, and imports.
 *
 * Globals cache (DESIGN.md section 4): a load site remembers the value it
 * found and the versions of the globals and builtins dicts at that time.
 * Up to 3.11 the dicts' own version tags (process-unique, changed by every
 * mutation) say whether the value is still current.  From 3.12 one dict
 * watcher, shared by all compiled modules, bumps a global epoch on any
 * change of a watched dict; a cache entry is current while the epoch is
 * unchanged.  The module dict stays the only truth: stores go through
 * PyDict_SetItem, so rebinding from anywhere is seen.
 */

#include "aot_internal.h"

#include <string.h>

AotShared *Aot_shared;

/* ======================================================================
 * Shared state
 * ====================================================================== */

#if AOT_USE_DICT_WATCHER
static int
dict_watch_cb(PyDict_WatchEvent event,
              PyObject *dict,
              PyObject *key,
              PyObject *new_value)
{
    (void)new_value;
    /* The callback of the module that registered the watcher runs for
     * everybody, so it updates the shared epoch through the pointer. */
    if (dict == Aot_shared->quiet_dict && key == Aot_shared->quiet_key &&
        (event == PyDict_EVENT_ADDED || event == PyDict_EVENT_MODIFIED)) {
        return 0;
    }
    Aot_shared->epoch++;
    return 0;
}
#endif

static void
shared_free(PyObject *capsule)
{
    /* Kept alive for the whole process: compiled modules cannot be
     * unloaded, and their caches point into it. */
    (void)capsule;
}

int
Aot_RuntimeInit(void)
{
    PyObject *modules, *mod, *cap;
    AotShared *sh;

    if (Aot_shared != NULL) {
        return 0;
    }
    if (AotTraceback_Init() < 0) {
        return -1;
    }
    modules = PyImport_GetModuleDict();
    mod = PyDict_GetItemString(modules, AOT_ABI_MODULE);
    if (mod != NULL) {
        cap = PyObject_GetAttrString(mod, "shared");
        if (cap == NULL) {
            return -1;
        }
        sh = PyCapsule_GetPointer(cap, AOT_ABI_CAPSULE);
        Py_DECREF(cap);
        if (sh == NULL) {
            return -1;
        }
        if (sh->size != sizeof(AotShared) ||
            sh->function_basicsize != sizeof(AotFunctionObject) ||
            sh->function_type->tp_basicsize !=
              (Py_ssize_t)sizeof(AotFunctionObject)) {
            PyErr_SetString(
              PyExc_ImportError,
              "pyaot: incompatible runtime already loaded (" AOT_ABI_MODULE
              " layout differs)");
            return -1;
        }
        Aot_shared = sh;
        return 0;
    }

    sh = PyMem_RawCalloc(1, sizeof(AotShared));
    if (sh == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    sh->size = sizeof(AotShared);
    sh->function_basicsize = sizeof(AotFunctionObject);
    sh->dict_watcher = -1;
    sh->function_type = Aot_FunctionTypeReady();
    if (sh->function_type == NULL) {
        PyMem_RawFree(sh);
        return -1;
    }
    /* Set before registering the watcher: its callback reads it. */
    Aot_shared = sh;
#if AOT_USE_DICT_WATCHER
    sh->dict_watcher = PyDict_AddWatcher(dict_watch_cb);
    if (sh->dict_watcher < 0) {
        /* Out of watcher ids: AotGlobal_Load falls back to lookups. */
        PyErr_Clear();
    }
#endif
    mod = PyModule_New(AOT_ABI_MODULE);
    if (mod == NULL) {
        goto error;
    }
    cap = PyCapsule_New(sh, AOT_ABI_CAPSULE, shared_free);
    if (cap == NULL || PyModule_AddObject(mod, "shared", cap) < 0) {
        Py_XDECREF(cap);
        Py_DECREF(mod);
        goto error;
    }
    if (PyModule_AddObject(
          mod, "function_type", Py_NewRef(sh->function_type)) < 0) {
        Py_DECREF(sh->function_type);
        Py_DECREF(mod);
        goto error;
    }
    if (PyDict_SetItemString(modules, AOT_ABI_MODULE, mod) < 0) {
        Py_DECREF(mod);
        goto error;
    }
    Py_DECREF(mod);
    return 0;

error:
    /* The readied static type stays; a retry re-registers it. */
    Aot_shared = NULL;
    PyMem_RawFree(sh);
    return -1;
}

/* ======================================================================
 * Module setup
 * ====================================================================== */

static PyObject *str_builtins_key; /* "__builtins__" */
static PyObject *str_import_key;   /* "__import__" */

static PyObject *
interned(PyObject **slot, const char *s)
{
    if (*slot == NULL) {
        *slot = PyUnicode_InternFromString(s);
    }
    return *slot;
}

PyObject *
AotModule_Builtins(PyObject *globals)
{
    PyObject *key = interned(&str_builtins_key, "__builtins__"), *b;
    if (key == NULL) {
        return NULL;
    }
    b = PyDict_GetItemWithError(globals, key);
    if (b != NULL) {
        /* A frame's builtins are the module's dict when __builtins__ is
         * a module (as in __main__). */
        if (PyModule_Check(b)) {
            b = PyModule_GetDict(b);
        }
        return b;
    }
    if (PyErr_Occurred()) {
        return NULL;
    }
    return PyEval_GetBuiltins();
}

int
AotModule_Setup(PyObject *module,
                const char *filename_for_tracebacks,
                PyObject **globals_out,
                PyObject **builtins_out)
{
    PyObject *globals, *key, *builtins;
    int has;

    *globals_out = *builtins_out = NULL;
    if (Aot_RuntimeInit() < 0) {
        return -1;
    }
    globals = PyModule_GetDict(module);
    if (globals == NULL) {
        return -1;
    }
    key = interned(&str_builtins_key, "__builtins__");
    if (key == NULL) {
        return -1;
    }
    /* An imported Python module gets __builtins__ (the builtins dict) in
     * its globals when its code runs; do the same so that exec/eval in
     * the module and our own builtins lookups find it. */
    has = PyDict_Contains(globals, key);
    if (has < 0) {
        return -1;
    }
    if (!has) {
        /* The main module gets the builtins MODULE, every other module the
         * builtins dict, as CPython does. */
        PyObject *name = PyModule_GetNameObject(module);
        if (name == NULL) {
            return -1;
        }
        int is_main = PyUnicode_CompareWithASCIIString(name, "__main__") == 0;
        Py_DECREF(name);
        PyObject *value = NULL;
        if (is_main) {
            value = PyImport_ImportModule("builtins");
            if (value == NULL) {
                return -1;
            }
        }
        int rc =
          PyDict_SetItem(globals, key, value ? value : PyEval_GetBuiltins());
        Py_XDECREF(value);
        if (rc < 0) {
            return -1;
        }
    }
    builtins = AotModule_Builtins(globals);
    if (builtins == NULL) {
        if (!PyErr_Occurred()) {
            PyErr_SetString(PyExc_SystemError, "pyaot: no builtins");
        }
        return -1;
    }
    (void)filename_for_tracebacks; /* entries carry their own filename */
    *globals_out = globals;
    *builtins_out = builtins;
    return 0;
}

/* ======================================================================
 * Globals
 * ====================================================================== */

/* Is the cache entry still current for these dicts? */
static inline int
cache_valid(PyObject *globals, PyObject *builtins, AotGlobalCache *c)
{
    if (c->value == NULL || c->globals != globals || c->builtins != builtins) {
        return 0;
    }
#if AOT_USE_DICT_WATCHER
    return Aot_shared != NULL && Aot_shared->dict_watcher >= 0 &&
           c->epoch == Aot_shared->epoch;
#else
    if (c->bver != Aot_DictVersion(builtins)) {
        return 0;
    }
    if (c->gver == Aot_DictVersion(globals)) {
        return 1;
    }
    /* Changed since: only by stores of other names from compiled code? */
    if (c->state != NULL && c->epoch == c->state->epoch &&
        c->state->gver == Aot_DictVersion(globals)) {
        c->gver = c->state->gver;
        return 1;
    }
    return 0;
#endif
}

/* Snapshot the dicts' versions before a lookup, so a mutation during the
 * lookup (a key's __eq__) invalidates the entry.  Returns: 1 if the
 * entry may be cached. */
static int
cache_prepare(PyObject *globals, PyObject *builtins, AotGlobalCache *c)
{
    c->value = NULL;
    if (!PyDict_CheckExact(globals) || !PyDict_CheckExact(builtins)) {
        return 0;
    }
#if AOT_USE_DICT_WATCHER
    if (Aot_shared == NULL || Aot_shared->dict_watcher < 0) {
        return 0;
    }
    if (PyDict_Watch(Aot_shared->dict_watcher, globals) < 0 ||
        PyDict_Watch(Aot_shared->dict_watcher, builtins) < 0) {
        PyErr_Clear();
        return 0;
    }
    c->epoch = Aot_shared->epoch;
#else
    c->gver = Aot_DictVersion(globals);
    c->bver = Aot_DictVersion(builtins);
    if (c->state != NULL) {
        /* A change nobody told the module about: a new epoch. */
        if (c->state->gver != c->gver) {
            c->state->epoch++;
            c->state->gver = c->gver;
        }
        c->epoch = c->state->epoch;
    }
#endif
    c->globals = globals;
    c->builtins = builtins;
    return 1;
}

PyObject *
AotGlobal_LoadBorrowed(PyObject *globals,
                       PyObject *builtins,
                       AotGlobalCache *c)
{
    PyObject *v;
    int cacheable;

    if (cache_valid(globals, builtins, c)) {
        return c->value;
    }
    cacheable = cache_prepare(globals, builtins, c);
    v = PyDict_GetItemWithError(globals, c->name);
    c->from_globals = v != NULL;
    if (v == NULL) {
        if (PyErr_Occurred()) {
            return NULL;
        }
        if (PyDict_Check(builtins)) {
            v = PyDict_GetItemWithError(builtins, c->name);
            if (v == NULL) {
                if (!PyErr_Occurred()) {
                    AotExc_NameError(c->name);
                }
                return NULL;
            }
        }
        else {
            /* Builtins that are not a dict: the mapping protocol, and the
             * result kept alive by the mapping (documented limitation of
             * the borrowed variant). */
            v = PyObject_GetItem(builtins, c->name);
            if (v == NULL) {
                if (PyErr_ExceptionMatches(PyExc_KeyError)) {
                    PyErr_Clear();
                    AotExc_NameError(c->name);
                }
                return NULL;
            }
            Py_DECREF(v);
            return v;
        }
    }
    if (cacheable) {
        c->value = v;
    }
    return v;
}

PyObject *
AotGlobal_Load(PyObject *globals, PyObject *builtins, AotGlobalCache *c)
{
    PyObject *v;
    if (!PyDict_Check(builtins)) {
        v = PyDict_GetItemWithError(globals, c->name);
        if (v != NULL) {
            return Py_NewRef(v);
        }
        if (PyErr_Occurred()) {
            return NULL;
        }
        v = PyObject_GetItem(builtins, c->name);
        if (v == NULL && PyErr_ExceptionMatches(PyExc_KeyError)) {
            PyErr_Clear();
            AotExc_NameError(c->name);
        }
        return v;
    }
    v = AotGlobal_LoadBorrowed(globals, builtins, c);
    Py_XINCREF(v);
    return v;
}

int
AotGlobal_Store(PyObject *globals, PyObject *name, PyObject *v)
{
    return PyDict_SetItem(globals, name, v);
}

int
AotGlobal_StoreCached(PyObject *globals,
                      PyObject *builtins,
                      AotGlobalCache *c,
                      PyObject *v)
{
    PyObject *old;
    int rc;
    if (!PyDict_CheckExact(globals) || !PyDict_CheckExact(builtins)) {
        return PyDict_SetItem(globals, c->name, v);
    }
    /* Keep the old value alive through the store, so that no __del__ runs
     * inside it: then the store is the dict's only change (a str key
     * compares without running code). A current entry knows the old value
     * (NULL when the name is only a builtin) without a lookup. */
    if (cache_valid(globals, builtins, c)) {
        old = c->from_globals ? c->value : NULL;
    }
    else {
        old = PyDict_GetItemWithError(globals, c->name);
        if (old == NULL && PyErr_Occurred()) {
            return -1;
        }
    }
    Py_XINCREF(old);
#if AOT_USE_DICT_WATCHER
    int fresh = Aot_shared != NULL && Aot_shared->dict_watcher >= 0 &&
                c->value != NULL && c->globals == globals &&
                c->builtins == builtins && c->epoch == Aot_shared->epoch;
    if (Aot_shared != NULL) {
        Aot_shared->quiet_dict = globals;
        Aot_shared->quiet_key = c->name;
    }
    rc = PyDict_SetItem(globals, c->name, v);
    if (Aot_shared != NULL) {
        Aot_shared->quiet_dict = Aot_shared->quiet_key = NULL;
    }
    if (rc == 0 && fresh) {
        /* Nothing else changed: this entry now holds v (watched dicts
         * already, since the entry was current). */
        c->value = v;
        c->from_globals = 1;
    }
    else if (rc == 0) {
        c->value = NULL;
    }
#else
    uint64_t before = Aot_DictVersion(globals);
    rc = PyDict_SetItem(globals, c->name, v);
    if (rc == 0 && c->state != NULL && c->state->gver == before) {
        /* Every entry current before the store still is, but this one. */
        c->state->gver = Aot_DictVersion(globals);
        c->value = v;
        c->from_globals = 1;
        c->globals = globals;
        c->builtins = builtins;
        c->gver = c->state->gver;
        c->bver = Aot_DictVersion(builtins);
        c->epoch = c->state->epoch;
    }
    else {
        c->value = NULL;
    }
#endif
    Py_XDECREF(old);
    return rc;
}

int
AotGlobal_Delete(PyObject *globals, PyObject *name)
{
    if (PyDict_DelItem(globals, name) == 0) {
        return 0;
    }
    if (PyErr_ExceptionMatches(PyExc_KeyError)) {
        PyErr_Clear();
        AotExc_NameError(name);
    }
    return -1;
}

/* ======================================================================
 * Constants
 * ====================================================================== */

PyObject *
AotConst_Str(const char *utf8, Py_ssize_t n)
{
    PyObject *s = PyUnicode_DecodeUTF8(utf8, n, "surrogatepass");
    if (s != NULL) {
        PyUnicode_InternInPlace(&s);
    }
    return s;
}

PyObject *
AotConst_StrEscaped(const char *ascii, Py_ssize_t n)
{
    PyObject *s = PyUnicode_DecodeUnicodeEscape(ascii, n, NULL);
    if (s != NULL) {
        PyUnicode_InternInPlace(&s);
    }
    return s;
}

PyObject *
AotConst_Bytes(const char *s, Py_ssize_t n)
{
    return PyBytes_FromStringAndSize(s, n);
}

PyObject *
AotConst_Fold(int op, PyObject *a, PyObject *b)
{
    switch (op) {
    case '+':
        return PyNumber_Add(a, b);
    case '-':
        return PyNumber_Subtract(a, b);
    case '*':
        return PyNumber_Multiply(a, b);
    case '/':
        return PyNumber_FloorDivide(a, b);
    case '%':
        return PyNumber_Remainder(a, b);
    case 'p':
        return PyNumber_Power(a, b, Py_None);
    case '<':
        return PyNumber_Lshift(a, b);
    case '>':
        return PyNumber_Rshift(a, b);
    case '&':
        return PyNumber_And(a, b);
    case '|':
        return PyNumber_Or(a, b);
    case '^':
        return PyNumber_Xor(a, b);
    case 'n':
        return PyNumber_Negative(a);
    case 'u':
        return PyNumber_Positive(a);
    default:
        return PyNumber_Invert(a);
    }
}

static PyObject *
aot_const_one(PyObject **K, const AotConstSpec *c)
{
    switch (c->kind) {
    case 'N':
        return Py_NewRef(Py_None);
    case 'T':
        return Py_NewRef(Py_True);
    case 'F':
        return Py_NewRef(Py_False);
    case 'E':
        return Py_NewRef(Py_Ellipsis);
    case 'i':
        return AotConst_Int(c->data);
    case 'f':
        return AotConst_Float(c->data);
    case 'j':
        return AotConst_Complex(c->data);
    case 's':
        return AotConst_Str(c->data, c->n);
    case 'e':
        return AotConst_StrEscaped(c->data, c->n);
    case 'b':
        return AotConst_Bytes(c->data, c->n);
    case 'o': {
        char *end;
        int op = (unsigned char)c->data[0];
        long a = strtol(c->data + 1, &end, 10);
        long b = strtol(end, NULL, 10);
        return AotConst_Fold(op, K[a], b >= 0 ? K[b] : NULL);
    }
    case 't': {
        PyObject *t = PyTuple_New(c->n);
        const char *p = c->data;
        for (int j = 0; t && j < c->n; j++) {
            char *end;
            long k = strtol(p, &end, 10);
            p = end;
            PyTuple_SET_ITEM(t, j, Py_NewRef(K[k]));
        }
        return t;
    }
    case 'k': {
        PyObject *t = PyTuple_New(c->n);
        const char *p = c->data;
        for (int j = 0; t && j < c->n; j++) {
            size_t len = strlen(p);
            PyObject *s = AotConst_Str(p, (Py_ssize_t)len);
            if (s == NULL) {
                Py_DECREF(t);
                return NULL;
            }
            PyTuple_SET_ITEM(t, j, s);
            p += len + 1;
        }
        return t;
    }
    }
    PyErr_Format(PyExc_SystemError, "bad constant kind '%c'", c->kind);
    return NULL;
}

PyObject *
AotDict_FromConstItems(PyObject *keys, PyObject *values)
{
    Py_ssize_t n = PyTuple_GET_SIZE(keys);
    PyObject *d = _PyDict_NewPresized(n);
    for (Py_ssize_t i = 0; d && i < n; i++)
        if (PyDict_SetItem(
              d, PyTuple_GET_ITEM(keys, i), PyTuple_GET_ITEM(values, i)) < 0)
            Py_CLEAR(d);
    return d;
}

/* Values no Python code can hide behind: operators, comparisons, hashing,
 * formatting, iteration and the whitelisted builtins and methods on them
 * run only C code. Containers (exact tuples, lists, dicts) count when
 * everything in them does, so a loop reading one gets only such values;
 * it cannot put anything else in, since everything it computes from them
 * is such a value too. Nesting deeper than 8 (a list holding itself)
 * or more than *budget items in all do not count. */
static int
aot_promote_plain(PyObject *v, int depth, Py_ssize_t *budget)
{
    if (PyLong_CheckExact(v) || PyFloat_CheckExact(v) || PyBool_Check(v) ||
        PyUnicode_CheckExact(v) || PyBytes_CheckExact(v) ||
        PyComplex_CheckExact(v) || v == Py_None)
        return 1;
    if (depth >= 8)
        return 0;
    if (PyTuple_CheckExact(v) || PyList_CheckExact(v)) {
        Py_ssize_t n = PySequence_Fast_GET_SIZE(v);
        if ((*budget -= n) < 0)
            return 0;
        for (Py_ssize_t i = 0; i < n; i++)
            if (!aot_promote_plain(
                  PySequence_Fast_ITEMS(v)[i], depth + 1, budget))
                return 0;
        return 1;
    }
    if (PyDict_CheckExact(v)) {
        PyObject *key, *val;
        Py_ssize_t pos = 0;
        if ((*budget -= 2 * PyDict_GET_SIZE(v)) < 0)
            return 0;
        while (PyDict_Next(v, &pos, &key, &val))
            if (!aot_promote_plain(key, depth + 1, budget) ||
                !aot_promote_plain(val, depth + 1, budget))
                return 0;
        return 1;
    }
    return 0;
}

int
AotPromote_Ok(PyObject *globals,
              PyObject *builtins,
              AotGlobalCache *c,
              int kind,
              PyObject *const *fast)
{
    PyObject *v = PyDict_GetItemWithError(globals, c->name);
    PyObject *bv = NULL;
    if (v == NULL) {
        if (PyErr_Occurred()) {
            PyErr_Clear();
            return 0;
        }
        bv = PyDict_Check(builtins)
               ? PyDict_GetItemWithError(builtins, c->name)
               : NULL;
        if (bv == NULL && PyErr_Occurred()) {
            PyErr_Clear();
            return 0;
        }
    }
    if (kind >= 2)
        return v == NULL && bv != NULL &&
               bv == (kind == 9 ? (PyObject *)&PyRange_Type : fast[kind - 2]);
    if (v == NULL)
        /* kind 0 (read): a read raises NameError, as in CPython; kind 1
         * (stored only): nothing to release */
        return kind == 1 || bv == NULL;
    /* The value the loop replaces: a plain one, whose release runs no
     * code (an object with __del__ must go when CPython drops it). The
     * scan of a container is bounded: a loop that reads a few items of
     * a huge one, entered again and again, would spend its time here. */
    Py_ssize_t budget = 1 << 20;
    return aot_promote_plain(v, 0, &budget);
}

#if PY_VERSION_HEX < 0x030A0000
/* gc.isenabled(), then gc.disable() (pause) or gc.enable() (resume) */
static int
aot_gc_call(const char *meth)
{
    PyObject *t, *v, *tb, *gc, *r = NULL, *was = NULL;
    int enabled = 0;
    PyErr_Fetch(&t, &v, &tb);
    gc = PyImport_ImportModule("gc");
    if (gc != NULL) {
        was = PyObject_CallMethod(gc, "isenabled", NULL);
        r = PyObject_CallMethod(gc, meth, NULL);
    }
    enabled = was != NULL && PyObject_IsTrue(was) == 1;
    Py_XDECREF(gc);
    Py_XDECREF(was);
    Py_XDECREF(r);
    PyErr_Clear();
    PyErr_Restore(t, v, tb);
    return enabled;
}
#endif

PyObject *
AotDoc_Clean(PyObject *doc)
{
#if PY_VERSION_HEX >= 0x030D0000
    /* 3.13 compiles docstrings cleaned: tabs expanded, the first line's
     * leading spaces dropped, and from the other lines the smallest
     * indentation of those with text */
    if (!PyUnicode_Check(doc))
        return Py_NewRef(doc);
    PyObject *x = PyObject_CallMethod(doc, "expandtabs", NULL);
    if (x == NULL)
        return NULL;
    Py_ssize_t n;
    const char *s = PyUnicode_AsUTF8AndSize(x, &n);
    if (s == NULL) {
        Py_DECREF(x);
        return NULL;
    }
    const char *p = s, *end = s + n;
    while (p < end && *p++ != '\n')
        ;
    Py_ssize_t margin = PY_SSIZE_T_MAX;
    while (p < end) {
        const char *line = p;
        while (p < end && *p == ' ')
            p++;
        if (p < end && *p != '\n' && p - line < margin)
            margin = p - line;
        while (p < end && *p++ != '\n')
            ;
    }
    if (margin == PY_SSIZE_T_MAX)
        margin = 0;
    p = s;
    while (p < end && *p == ' ')
        p++;
    if (p == s && margin == 0)
        return x;
    char *buf = PyMem_Malloc(n > 0 ? (size_t)n : 1);
    if (buf == NULL) {
        Py_DECREF(x);
        return PyErr_NoMemory();
    }
    char *w = buf;
    while (p < end && (*w++ = *p++) != '\n')
        ;
    while (p < end) {
        for (Py_ssize_t i = 0; i < margin && p < end && *p == ' '; i++)
            p++;
        while (p < end && (*w++ = *p++) != '\n')
            ;
    }
    PyObject *r = PyUnicode_FromStringAndSize(buf, w - buf);
    PyMem_Free(buf);
    Py_DECREF(x);
    return r;
#else
    return Py_NewRef(doc);
#endif
}

int
AotPromote_GCPause(void)
{
#if PY_VERSION_HEX >= 0x030A0000
    return PyGC_Disable();
#else
    return aot_gc_call("disable");
#endif
}

void
AotPromote_GCResume(int was)
{
    if (!was)
        return;
#if PY_VERSION_HEX >= 0x030A0000
    PyGC_Enable();
#else
    aot_gc_call("enable");
#endif
    if (!PyErr_Occurred()) {
        /* allocating a tracked object runs a collection that came due
         * while paused (from 3.12: schedules it for the next check) */
        PyObject *s = PySet_New(NULL);
        if (s == NULL)
            PyErr_Clear();
        Py_XDECREF(s);
    }
}

int
AotPromote_Fn(PyObject *globals, AotGlobalCache *c, PyObject *fn)
{
    PyObject *v = PyDict_GetItemWithError(globals, c->name), *d;
    if (v == NULL || v != fn) {
        PyErr_Clear();
        return 0;
    }
    /* the defaults a call may take: still plain values */
    d = PyObject_GetAttrString(fn, "__defaults__");
    if (d == NULL) {
        PyErr_Clear();
        return 0;
    }
    Py_ssize_t budget = 1 << 20;
    int ok = d == Py_None || aot_promote_plain(d, 0, &budget);
    Py_DECREF(d);
    return ok;
}

AotTV
AotPromote_Load(PyObject *globals, AotGlobalCache *c)
{
    PyObject *v = PyDict_GetItemWithError(globals, c->name);
    if (v == NULL) {
        PyErr_Clear();
        return AOT_TV_ERR;
    }
    return AotTV_FromObjectBorrowed(v);
}

int
AotPromote_Store(PyObject *globals,
                 PyObject *builtins,
                 AotGlobalCache *c,
                 AotTV v)
{
    if (v == AOT_TV_ERR)
        return 0;
    PyObject *o = AotTV_Box(v);
    if (o == NULL)
        return -1;
    int rc = AotGlobal_StoreCached(globals, builtins, c, o);
    Py_DECREF(o);
    return rc;
}

AotFV
AotPromote_LoadFV(PyObject *globals, AotGlobalCache *c)
{
    PyObject *v = PyDict_GetItemWithError(globals, c->name);
    if (v == NULL) {
        PyErr_Clear();
        return AOT_FV_ERR;
    }
    return AotFV_FromObjectBorrowed(v);
}

int
AotPromote_StoreFV(PyObject *globals,
                   PyObject *builtins,
                   AotGlobalCache *c,
                   AotFV v)
{
    if (v == AOT_FV_ERR)
        return 0;
    PyObject *o = AotFV_Box(v);
    if (o == NULL)
        return -1;
    int rc = AotGlobal_StoreCached(globals, builtins, c, o);
    Py_DECREF(o);
    return rc;
}

int
AotWarn_Syntax(const char *filename, int lineno, const char *msg)
{
    PyObject *m = PyUnicode_FromString(msg);
    PyObject *f = m ? PyUnicode_DecodeFSDefault(filename) : NULL;
    int rc = -1;
    if (f)
        rc = PyErr_WarnExplicitObject(
          PyExc_SyntaxWarning, m, f, lineno, NULL, NULL);
    Py_XDECREF(m);
    Py_XDECREF(f);
    return rc;
}

int
AotConst_InitTable(PyObject **K, const AotConstSpec *spec, int n)
{
    for (int i = 0; i < n; i++) {
        PyObject *v = aot_const_one(K, &spec[i]);
        if (v == NULL)
            return -1;
        Py_XSETREF(K[i], v);
    }
    return 0;
}

int
AotGlobal_InitNames(AotGlobalCache *cache,
                    const char *const *names,
                    int n,
                    AotGlobalsState *state)
{
    for (int i = 0; i < n; i++) {
        PyObject *s = PyUnicode_InternFromString(names[i]);
        if (s == NULL)
            return -1;
        Py_XSETREF(cache[i].name, s);
        cache[i].state = state;
    }
    return 0;
}

PyObject *
AotConst_Int(const char *literal_text)
{
    /* Base 0 accepts 0x/0o/0b prefixes and underscores, like the
     * tokenizer. */
    return PyLong_FromString(literal_text, NULL, 0);
}

/* Parse a float literal (underscores allowed, optional trailing j/J).
 * -1.0 with an exception on error.  Returns: value */
static double
parse_float_literal(const char *text, int allow_j)
{
    char buf[256], *copy = buf, *end;
    size_t n = strlen(text), k = 0;
    double d;

    if (n + 1 > sizeof buf) {
        copy = PyMem_Malloc(n + 1);
        if (copy == NULL) {
            PyErr_NoMemory();
            return -1.0;
        }
    }
    for (size_t i = 0; i < n; i++) {
        if (text[i] != '_') {
            copy[k++] = text[i];
        }
    }
    if (allow_j && k > 0 && (copy[k - 1] == 'j' || copy[k - 1] == 'J')) {
        k--;
    }
    copy[k] = '\0';
    /* No overflow exception: a literal like 1e999 is inf, as in Python. */
    d = PyOS_string_to_double(copy, &end, NULL);
    if (!(d == -1.0 && PyErr_Occurred()) && *end != '\0') {
        PyErr_Format(PyExc_ValueError, "pyaot: bad float literal %s", text);
        d = -1.0;
    }
    if (copy != buf) {
        PyMem_Free(copy);
    }
    return d;
}

PyObject *
AotConst_Float(const char *text)
{
    double d = parse_float_literal(text, 0);
    if (d == -1.0 && PyErr_Occurred()) {
        return NULL;
    }
    return PyFloat_FromDouble(d);
}

PyObject *
AotConst_Complex(const char *imag_text)
{
    double d = parse_float_literal(imag_text, 1);
    if (d == -1.0 && PyErr_Occurred()) {
        return NULL;
    }
    return PyComplex_FromDoubles(0.0, d);
}

/* ======================================================================
 * Imports
 * ====================================================================== */

/* The C function behind the interpreter's own builtins.__import__; an
 * __import__ wrapping anything else is an override and gets called. */
static PyCFunction original_import_meth;

static int
is_original_import(PyObject *f)
{
    if (!PyCFunction_Check(f)) {
        return 0;
    }
    if (original_import_meth == NULL) {
        PyObject *self = PyCFunction_GET_SELF(f);
        const char *mname;
        if (self == NULL || !PyModule_Check(self) ||
            strcmp(((PyCFunctionObject *)f)->m_ml->ml_name, "__import__")) {
            return 0;
        }
        mname = PyModule_GetName(self);
        if (mname == NULL) {
            PyErr_Clear();
            return 0;
        }
        if (strcmp(mname, "builtins") != 0) {
            return 0;
        }
        original_import_meth = ((PyCFunctionObject *)f)->m_ml->ml_meth;
    }
    return ((PyCFunctionObject *)f)->m_ml->ml_meth == original_import_meth;
}

PyObject *
AotImport_Name(PyObject *globals,
               PyObject *builtins,
               PyObject *name,
               PyObject *fromlist,
               int level)
{
    PyObject *key = interned(&str_import_key, "__import__");
    PyObject *import_func, *lv, *r, *args[5];

    if (key == NULL) {
        return NULL;
    }
    if (PyDict_Check(builtins)) {
        import_func = Py_XNewRef(PyDict_GetItemWithError(builtins, key));
    }
    else {
        import_func = PyObject_GetItem(builtins, key);
        if (import_func == NULL && PyErr_ExceptionMatches(PyExc_KeyError)) {
            PyErr_Clear();
        }
    }
    if (import_func == NULL) {
        if (!PyErr_Occurred()) {
            PyErr_SetString(PyExc_ImportError, "__import__ not found");
        }
        return NULL;
    }
    if (is_original_import(import_func)) {
        Py_DECREF(import_func);
        return PyImport_ImportModuleLevelObject(
          name, globals, Py_None, fromlist, level);
    }
    lv = PyLong_FromLong(level);
    if (lv == NULL) {
        Py_DECREF(import_func);
        return NULL;
    }
    args[0] = name;
    args[1] = globals;
    args[2] = Py_None; /* f_locals: functions have none */
    args[3] = fromlist;
    args[4] = lv;
    r = PyObject_Vectorcall(import_func, args, 5, NULL);
    Py_DECREF(lv);
    Py_DECREF(import_func);
    return r;
}

/* spec._initializing is true (errors count as false). */
static int
spec_initializing(PyObject *spec)
{
    PyObject *v;
    int r;
    if (spec == NULL) {
        return 0;
    }
    v = PyObject_GetAttrString(spec, "_initializing");
    if (v == NULL) {
        PyErr_Clear();
        return 0;
    }
    r = PyObject_IsTrue(v);
    Py_DECREF(v);
    if (r < 0) {
        PyErr_Clear();
        return 0;
    }
    return r;
}

PyObject *
AotImport_From(PyObject *module, PyObject *name)
{
    PyObject *x, *pkgname, *fullname, *pkgpath, *shown, *errmsg;
    int r;

    r = Aot_GetOptionalAttr(module, name, &x);
    if (r != 0) {
        return x;
    }
    /* A circular relative import may have put the submodule in
     * sys.modules before binding it on the package. */
    pkgname = PyObject_GetAttrString(module, "__name__");
    if (pkgname == NULL) {
        goto error;
    }
    if (!PyUnicode_Check(pkgname)) {
        Py_CLEAR(pkgname);
        goto error;
    }
    fullname = PyUnicode_FromFormat("%U.%U", pkgname, name);
    if (fullname == NULL) {
        Py_DECREF(pkgname);
        return NULL;
    }
    x = PyImport_GetModule(fullname);
    Py_DECREF(fullname);
    if (x != NULL || PyErr_Occurred()) {
        Py_DECREF(pkgname);
        return x;
    }

error:
    pkgpath = PyModule_GetFilenameObject(module);
    shown = pkgname != NULL ? Py_NewRef(pkgname)
                            : PyUnicode_FromString("<unknown module name>");
    if (shown == NULL) {
        Py_XDECREF(pkgpath);
        Py_XDECREF(pkgname);
        return NULL;
    }
    if (pkgpath == NULL || !PyUnicode_Check(pkgpath)) {
        PyErr_Clear();
        Py_CLEAR(pkgpath);
        errmsg = PyUnicode_FromFormat(
          "cannot import name %R from %R (unknown location)", name, shown);
    }
    else {
        PyObject *spec = PyObject_GetAttrString(module, "__spec__");
        const char *fmt;
        if (spec == NULL) {
            PyErr_Clear();
        }
        fmt = spec_initializing(spec)
                ? "cannot import name %R from partially initialized module "
                  "%R (most likely due to a circular import) (%S)"
                : "cannot import name %R from %R (%S)";
        Py_XDECREF(spec);
        errmsg = PyUnicode_FromFormat(fmt, name, shown, pkgpath);
    }
    if (errmsg != NULL) {
        PyErr_SetImportError(errmsg, pkgname, pkgpath);
        Py_DECREF(errmsg);
    }
#if AOT_IMPORTERROR_NAME_FROM
    if (PyErr_ExceptionMatches(PyExc_ImportError)) {
        /* 3.12 records the missing name on the error (name_from). */
        PyObject *exc = Aot_FetchRaised();
        if (PyObject_SetAttrString(exc, "name_from", name) < 0) {
            PyErr_Clear();
        }
        Aot_RestoreRaised(exc);
    }
#endif
    Py_DECREF(shown);
    Py_XDECREF(pkgpath);
    Py_XDECREF(pkgname);
    return NULL;
}

/* ======================================================================
 * Module body trampoline
 * ====================================================================== */

static PyObject *
body_trampoline(PyObject *self, PyObject *unused)
{
    (void)unused;
    PyObject *(*body)(int) =
      (PyObject * (*)(int)) PyCapsule_GetPointer(self, "pyaot.body");
    if (body == NULL)
        return NULL;
    int d = AotFunc_EntryDepth();
    PyObject *r = body(d);
    Aot_depth = d - 1;
    return r;
}

static PyMethodDef body_def = { "__pyaot_body__",
                                body_trampoline,
                                METH_NOARGS,
                                NULL };

/* Drops the leading traceback entry of the raised exception if it belongs
 * to code (the trampoline), so tracebacks look as before. */
static void
strip_trampoline_entry(PyObject *code)
{
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyErr_NormalizeException(&type, &value, &tb);
    if (tb != NULL && PyTraceBack_Check(tb)) {
        PyTracebackObject *t = (PyTracebackObject *)tb;
        PyCodeObject *c = PyFrame_GetCode(t->tb_frame);
        if ((PyObject *)c == code) {
            PyObject *next = (PyObject *)t->tb_next;
            Py_XINCREF(next);
            Py_DECREF(tb);
            tb = next;
            if (value != NULL)
                PyException_SetTraceback(value, tb ? tb : Py_None);
        }
        Py_DECREF(c);
    }
    PyErr_Restore(type, value, tb);
}

PyObject *
AotModule_RunBody(PyObject *(*body)(int),
                  const char *filename,
                  PyObject *globals)
{
    PyObject *code =
      Py_CompileString("__pyaot_body__()", filename, Py_eval_input);
    if (code == NULL)
        return NULL;
    PyObject *cap = PyCapsule_New((void *)body, "pyaot.body", NULL);
    PyObject *fn = cap ? PyCFunction_New(&body_def, cap) : NULL;
    Py_XDECREF(cap);
    PyObject *locals = fn ? PyDict_New() : NULL;
    PyObject *r = NULL;
    if (locals != NULL &&
        PyDict_SetItemString(locals, "__pyaot_body__", fn) == 0) {
        r = PyEval_EvalCode(code, globals, locals);
        if (r == NULL)
            strip_trampoline_entry(code);
    }
    Py_XDECREF(locals);
    Py_XDECREF(fn);
    Py_DECREF(code);
    return r;
}

PyObject *
AotMeth_CallSlow(AotMethCache *c,
                 PyObject *name,
                 PyObject *const *args,
                 size_t nargsf,
                 PyObject *kwnames)
{
    PyTypeObject *tp = Py_TYPE(args[0]);
#if PY_VERSION_HEX < 0x030C0000
    if (tp == &PyModule_Type) {
        /* A plain module: module_getattro finds a name that ModuleType
         * does not define in the module's dict (ModuleType is immutable,
         * so that answer stays), then calls it without self. */
        PyObject *d = PyModule_GetDict(args[0]);
        size_t n = PyVectorcall_NARGS(nargsf);
        PyObject *v = NULL, *r;
        if (d != NULL && c->mdict == d &&
            c->mver == ((PyDictObject *)d)->ma_version_tag) {
            v = c->mval;
        }
        else if (d != NULL && PyDict_CheckExact(d) &&
                 _PyType_Lookup(tp, name) == NULL) {
            v = PyDict_GetItemWithError(d, name);
            if (v == NULL && PyErr_Occurred()) {
                return NULL;
            }
            if (v != NULL) {
                c->mdict = d;
                c->mver = ((PyDictObject *)d)->ma_version_tag;
                c->mval = v;
            }
        }
        if (v != NULL) {
            /* A reference for the call, as the attribute load holds one:
             * the callee may delete the module's attribute. */
            Py_INCREF(v);
            r = PyObject_Vectorcall(
              v, args + 1, (n - 1) | PY_VECTORCALL_ARGUMENTS_OFFSET, kwnames);
            Py_DECREF(v);
            return r;
        }
    }
#endif
#if PY_VERSION_HEX >= 0x030B0000
    /* Up to 3.10 sys._clear_type_cache() restarts the version tags, so a
     * modified type can get its old tag back: no type cache there. */
    if (tp->tp_getattro == PyObject_GenericGetAttr && tp->tp_dictoffset == 0) {
        /* The lookup of _PyObject_GetMethod (borrowed; sets no error) */
        PyObject *d = _PyType_Lookup(tp, name);
        if (d != NULL &&
            PyType_HasFeature(Py_TYPE(d), Py_TPFLAGS_METHOD_DESCRIPTOR) &&
            PyType_HasFeature(tp, Py_TPFLAGS_VALID_VERSION_TAG) &&
            tp->tp_version_tag != 0) {
            PyObject *r;
            c->type = tp;
            c->version = tp->tp_version_tag;
            c->meth = d;
            Py_INCREF(d);
            r = PyObject_Vectorcall(d, args, nargsf, kwnames);
            Py_DECREF(d);
            return r;
        }
    }
#endif
    return PyObject_VectorcallMethod(name, (PyObject **)args, nargsf, kwnames);
}

PyObject *
AotAttr_Load(AotAttrCache *c, PyObject *o, PyObject *name)
{
#if PY_VERSION_HEX < 0x030C0000
    if (Py_TYPE(o) == &PyModule_Type) {
        PyObject *d = PyModule_GetDict(o), *v;
        if (d != NULL && c->mdict == d &&
            c->mver == ((PyDictObject *)d)->ma_version_tag) {
            return Py_NewRef(c->val);
        }
        /* module_getattro: a name ModuleType does not define comes from
         * the dict (ModuleType is immutable, so that answer stays). */
        if (d != NULL && PyDict_CheckExact(d) &&
            _PyType_Lookup(&PyModule_Type, name) == NULL) {
            v = PyDict_GetItemWithError(d, name);
            if (v != NULL) {
                c->mdict = d;
                c->mver = ((PyDictObject *)d)->ma_version_tag;
                c->val = v;
                return Py_NewRef(v);
            }
            if (PyErr_Occurred()) {
                return NULL;
            }
        }
    }
#else
    (void)c;
#endif
    return PyObject_GetAttr(o, name);
}
