/*
 * emit.h: C emission for a whole built and refcounted IrModule.
 */
#ifndef PYAOT_EMIT_H
#define PYAOT_EMIT_H

#include "../ir/ir.h"
#include "compile.h"

void emit_module(const IrModule *m, const CompileOptions *opt, StrBuf *out);

#endif /* PYAOT_EMIT_H */
