/* aot_internal.h: declarations shared between runtime source files but not
 * part of the interface generated code uses.
 */
#ifndef AOT_INTERNAL_H
#define AOT_INTERNAL_H

#include "pyaot_rt.h"

/* Version of the layout of everything shared between compiled modules
 * through sys.modules["_pyaot_abi2"]; bump both together. */
#define AOT_ABI_MODULE "_pyaot_abi2"
#define AOT_ABI_CAPSULE "_pyaot_abi2.shared"

/* Process-wide state, owned by the first compiled module imported and
 * found by the others through a capsule. */
typedef struct AotShared {
    size_t size;                 /* sizeof(AotShared), checked on fetch */
    size_t function_basicsize;   /* sizeof(AotFunctionObject) */
    PyTypeObject *function_type; /* the pyaot_function type */
    int dict_watcher;            /* 3.12+: watcher id, -1 if none */
    uint64_t epoch;              /* 3.12+: bumped on watched dict changes */
    /* 3.12+: the one change the watcher lets pass (a store by compiled
     * code, which updates its own cache entry) */
    PyObject *quiet_dict, *quiet_key;
} AotShared;

/* This module's view of the shared state (NULL before Aot_RuntimeInit). */
extern AotShared *Aot_shared;

/* Fetch or create the shared state.  -1 error.  Returns: 0 */
int Aot_RuntimeInit(void);

/* Ready the function type defined in this copy of the runtime.
 * Returns: borrowed (NULL on error) */
PyTypeObject *Aot_FunctionTypeReady(void);

#endif /* AOT_INTERNAL_H */
