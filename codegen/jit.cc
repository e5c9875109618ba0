// codegen::Jit on LLVM 19 ORC: one LLJIT per Jit (one per Engine), one ResourceTracker per
// compiled code unit (Kaleidoscope's pattern: the tracker's remove() frees the code), and a
// cache keyed by a canonical form of the bound IR so identical expressions compile once.
//
// A kernel goes through three separable stages:
//   1. emit    BuildKernel (kernel_builder.cc): bound::Expr -> an LLVM module, no target code;
//   2. optimize Optimize(): the new-pass-manager pipeline at JitOptions::opt_level, with the host
//              TargetMachine's cost model (the loop vectorizer needs it);
//   3. load    addIRModule + lookup: the IRTransformLayer runs stage 2, the IRCompileLayer makes
//              object code, JITLink links it against the runtime symbols and loads it.
// DumpIR stops after stage 2 and EmitObject compiles stage 2's output to a relocatable object
// without loading it: ahead-of-time compilation of policy files can ship that object and link
// it against the same runtime symbol table.
#include "codegen/jit.h"

#include <strings.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <cstring>
#include <mutex>
#include <string>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "codegen/expr_emitter.h"
#include "codegen/kernel_builder.h"
#include "codegen/llvm_status.h"
#include "frontend/base/status_macros.h"
#include "llvm/ExecutionEngine/Orc/CompileUtils.h"
#include "llvm/ExecutionEngine/Orc/Core.h"
#include "llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h"
#include "llvm/ExecutionEngine/Orc/LLJIT.h"
#include "llvm/ExecutionEngine/Orc/ThreadSafeModule.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Passes/OptimizationLevel.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/Transforms/InstCombine/InstCombine.h"
#include "llvm/Transforms/Scalar/EarlyCSE.h"
#include "llvm/Transforms/Scalar/SimplifyCFG.h"
#include "llvm/Transforms/Utils/LCSSA.h"
#include "llvm/Transforms/Utils/LoopSimplify.h"
#include "llvm/Transforms/Vectorize/LoopVectorize.h"

namespace talon::codegen {

struct JitState {
  JitOptions options;
  StringLayout strings;
  // Declared before `lljit` so it is destroyed after it: the transform layer uses it.
  std::unique_ptr<llvm::TargetMachine> tm;
  std::unique_ptr<llvm::orc::LLJIT> lljit;

  std::mutex mu;  // guards everything below, and serializes LLVM work on `tm`
  absl::flat_hash_map<std::string, std::weak_ptr<KernelCode>> cache;
  uint64_t next_id = 0;
  int compiled = 0;
  int cache_hits = 0;
  double compile_ms = 0;
  std::atomic<int> live_code{0};
};

struct KernelCode {
  KernelCode(std::shared_ptr<JitState> owner, llvm::orc::ResourceTrackerSP rt)
      : state(std::move(owner)), tracker(std::move(rt)) {
    ++state->live_code;
  }
  ~KernelCode() {
    // Frees the machine code and the symbol. Removal only fails when the execution session is
    // already broken, and a destructor has no caller to tell.
    ToStatus(tracker->remove(), "freeing kernel code").IgnoreError();
    --state->live_code;
  }

  // `state` is declared first so the tracker is released while the LLJIT still exists; the
  // shared ownership lets kernels outlive the Jit (an AppRuntime outliving its Engine).
  std::shared_ptr<JitState> state;
  llvm::orc::ResourceTrackerSP tracker;
  KernelKind kind = KernelKind::kFilter;
  void* fn = nullptr;
  std::string symbol;
  double compile_ms = 0;
};

namespace {

// --- Runtime symbols --------------------------------------------------------------------------

// Stores a string result into an output column slot (kernel_builder.cc emits the calls).
void StringAssign(void* dst, const char* data, uint64_t size) {
  static_cast<std::string*>(dst)->assign(data, size);
}

double Fmod(double x, double y) { return std::fmod(x, y); }
float Fmodf(float x, float y) { return std::fmod(x, y); }

// Finds where std::string keeps its data pointer and length by looking at live objects (empty,
// inline and heap-allocated), so kernels can read string columns in place. If the library's
// layout is not two plain 8-byte words, strings are left to the interpreter.
StringLayout ProbeStringLayout() {
  const std::string probes[] = {std::string(), std::string("abc"), std::string(100, 'x')};
  StringLayout layout;
  layout.stride = sizeof(std::string);
  auto word_at = [](const std::string& s, size_t offset) {
    uint64_t word;
    std::memcpy(&word, reinterpret_cast<const char*>(&s) + offset, sizeof word);
    return word;
  };
  for (size_t data = 0; data + 8 <= sizeof(std::string); data += 8) {
    for (size_t size = 0; size + 8 <= sizeof(std::string); size += 8) {
      if (size == data) continue;
      bool all = true;
      for (const std::string& s : probes) {
        all &= word_at(s, data) == reinterpret_cast<uint64_t>(s.data()) &&
               word_at(s, size) == s.size();
      }
      if (all) {
        layout.supported = true;
        layout.data_offset = data;
        layout.size_offset = size;
        return layout;
      }
    }
  }
  return layout;
}

// --- Levels ---------------------------------------------------------------------------------

llvm::CodeGenOptLevel CodeGenLevel(OptLevel level) {
  switch (level) {
    case OptLevel::kO0:
    case OptLevel::kFast: return llvm::CodeGenOptLevel::None;  // FastISel, fast regalloc
    case OptLevel::kO1: return llvm::CodeGenOptLevel::Less;
    case OptLevel::kO2: return llvm::CodeGenOptLevel::Default;
    case OptLevel::kO3: return llvm::CodeGenOptLevel::Aggressive;
  }
  return llvm::CodeGenOptLevel::None;
}

// Stage 2. kO0 runs nothing: the emitted IR is already one straight loop.
void Optimize(llvm::Module& module, llvm::TargetMachine& tm, OptLevel level) {
  if (level == OptLevel::kO0) return;
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PipelineTuningOptions tuning;
  tuning.LoopVectorization = level != OptLevel::kO1;
  tuning.SLPVectorization = level == OptLevel::kO2 || level == OptLevel::kO3;
  tuning.LoopInterleaving = level != OptLevel::kO1;
  tuning.LoopUnrolling = true;
  // The TargetMachine gives the passes the host's cost model; without it the vectorizer
  // would see no vector registers.
  llvm::PassBuilder passes(&tm, tuning);
  passes.registerModuleAnalyses(mam);
  passes.registerCGSCCAnalyses(cgam);
  passes.registerFunctionAnalyses(fam);
  passes.registerLoopAnalyses(lam);
  passes.crossRegisterProxies(lam, fam, cgam, mam);
  llvm::ModulePassManager pipeline;
  switch (level) {
    case OptLevel::kO0: return;
    case OptLevel::kFast: {
      // Share repeated column loads, clean up the emitted IR, put the loop in the form the
      // vectorizer wants, vectorize, clean up again.
      llvm::FunctionPassManager function;
      function.addPass(llvm::EarlyCSEPass());  // one load per column and event
      function.addPass(llvm::InstCombinePass());
      function.addPass(llvm::SimplifyCFGPass());
      function.addPass(llvm::LoopSimplifyPass());
      function.addPass(llvm::LCSSAPass());
      function.addPass(llvm::LoopVectorizePass());
      function.addPass(llvm::InstCombinePass());
      function.addPass(llvm::SimplifyCFGPass());
      pipeline.addPass(llvm::createModuleToFunctionPassAdaptor(std::move(function)));
      break;
    }
    case OptLevel::kO1:
      pipeline = passes.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O1);
      break;
    case OptLevel::kO2:
      pipeline = passes.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O2);
      break;
    case OptLevel::kO3:
      pipeline = passes.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O3);
      break;
  }
  pipeline.run(module, mam);
}

absl::Status InitNativeTarget() {
  // Once per process; the LLVM calls return true on failure.
  static const bool failed =
      llvm::InitializeNativeTarget() || llvm::InitializeNativeTargetAsmPrinter();
  if (failed) return absl::InternalError("LLVM has no native target for this host");
  return absl::OkStatus();
}

// --- Cache key --------------------------------------------------------------------------------

// A canonical text of everything that shapes the generated code: kinds, types, operators,
// column indexes and their physical types, constants bit for bit (0.0 and -0.0 differ).
// Attribute names and spans do not shape code and are left out, so `a.price > 1` and
// `b.price > 1` over the same column share a kernel.
void AppendKey(std::string& key, const bound::Expr& e, const Schema& scope) {
  absl::StrAppend(&key, "(", static_cast<int>(e.kind), ":", static_cast<int>(e.type));
  switch (e.kind) {
    case bound::ExprKind::kFieldRef: {
      int column_type = e.column >= 0 && static_cast<size_t>(e.column) < scope.size()
                            ? static_cast<int>(scope.at(e.column).type)
                            : -1;
      absl::StrAppend(&key, " $", e.column, ":", column_type);
      break;
    }
    case bound::ExprKind::kConstant: {
      const Value& v = e.value;
      absl::StrAppend(&key, " ", static_cast<int>(v.type()), v.is_null() ? "N" : "=");
      if (v.is_null()) break;
      switch (v.type()) {
        case Type::kBool: absl::StrAppend(&key, v.bool_value() ? 1 : 0); break;
        case Type::kInt: absl::StrAppend(&key, v.int_value()); break;
        case Type::kLong: absl::StrAppend(&key, v.long_value()); break;
        case Type::kFloat: {
          uint32_t bits;
          float f = v.float_value();
          std::memcpy(&bits, &f, sizeof bits);
          absl::StrAppend(&key, bits);
          break;
        }
        case Type::kDouble: {
          uint64_t bits;
          double d = v.double_value();
          std::memcpy(&bits, &d, sizeof bits);
          absl::StrAppend(&key, bits);
          break;
        }
        case Type::kString:
          absl::StrAppend(&key, v.string_value().size(), ":", v.string_value());
          break;
        case Type::kObject: absl::StrAppend(&key, "obj"); break;
      }
      break;
    }
    case bound::ExprKind::kCall: absl::StrAppend(&key, " f", e.function_id); break;
    case bound::ExprKind::kCompare: absl::StrAppend(&key, " c", static_cast<int>(e.compare)); break;
    case bound::ExprKind::kArithmetic:
      absl::StrAppend(&key, " a", static_cast<int>(e.arith));
      break;
    case bound::ExprKind::kCast:
    case bound::ExprKind::kAnd:
    case bound::ExprKind::kOr:
    case bound::ExprKind::kNot:
    case bound::ExprKind::kNegate:
    case bound::ExprKind::kIsNull: break;
  }
  for (const bound::ExprPtr& operand : e.operands) AppendKey(key, *operand, scope);
  key += ")";
}

std::string KernelKey(const KernelSpec& spec) {
  std::string key = spec.kind == KernelKind::kFilter ? "F" : "P";
  for (const bound::Expr* e : spec.exprs) {
    if (e != nullptr && spec.scope != nullptr) AppendKey(key, *e, *spec.scope);
  }
  return key;
}

std::unique_ptr<llvm::Module> NewModule(llvm::LLVMContext& ctx, llvm::TargetMachine& tm) {
  auto module = std::make_unique<llvm::Module>("talon_kernel", ctx);
  module->setDataLayout(tm.createDataLayout());
  module->setTargetTriple(tm.getTargetTriple().str());
  return module;
}

}  // namespace

// --- Jit --------------------------------------------------------------------------------------

Jit::Jit(std::shared_ptr<JitState> state) : state_(std::move(state)) {}
Jit::~Jit() = default;

absl::StatusOr<std::unique_ptr<Jit>> Jit::Create(JitOptions options) {
  TALON_RETURN_IF_ERROR(InitNativeTarget());
  auto state = std::make_shared<JitState>();
  state->options = std::move(options);
  state->strings = ProbeStringLayout();

  TALON_ASSIGN_OR_RETURN(
      llvm::orc::JITTargetMachineBuilder target,
      ToStatusOr(llvm::orc::JITTargetMachineBuilder::detectHost(), "detecting the host target"));
  target.setCodeGenOptLevel(CodeGenLevel(state->options.opt_level));
  TALON_ASSIGN_OR_RETURN(state->tm,
                         ToStatusOr(target.createTargetMachine(), "creating the target machine"));
  // Process symbols are not linked: kernels may call exactly the symbols registered below,
  // which is also the table an ahead-of-time object would be linked against. Kernels have no
  // static constructors or TLS, so the inactive platform (no initializer support, no runtime
  // needed from the process) is all they need.
  TALON_ASSIGN_OR_RETURN(state->lljit,
                         ToStatusOr(llvm::orc::LLJITBuilder()
                                        .setJITTargetMachineBuilder(target)
                                        .setLinkProcessSymbolsByDefault(false)
                                        .setPlatformSetUp(llvm::orc::setUpInactivePlatform)
                                        .create(),
                                    "creating the LLJIT"));
  llvm::orc::LLJIT& lljit = *state->lljit;

  llvm::orc::SymbolMap symbols;
  auto add = [&](std::string_view name, const void* address) {
    symbols[lljit.mangleAndIntern(llvm::StringRef(name.data(), name.size()))] =
        llvm::orc::ExecutorSymbolDef(
            llvm::orc::ExecutorAddr(reinterpret_cast<uint64_t>(address)),
            llvm::JITSymbolFlags::Exported | llvm::JITSymbolFlags::Callable);
  };
  add(kStringAssignSymbol, reinterpret_cast<const void*>(&StringAssign));
  // Library routines LLVM itself emits calls to: frem -> fmod (fmodf once instcombine narrows
  // a float remainder, which is exact either way), string compares -> memcmp/bcmp, loop
  // idioms -> memset/memcpy/memmove.
  add("fmod", reinterpret_cast<const void*>(&Fmod));
  add("fmodf", reinterpret_cast<const void*>(&Fmodf));
  add("memcmp", reinterpret_cast<const void*>(&::memcmp));
  add("bcmp", reinterpret_cast<const void*>(&::bcmp));
  add("memset", reinterpret_cast<const void*>(&::memset));
  add("memcpy", reinterpret_cast<const void*>(&::memcpy));
  add("memmove", reinterpret_cast<const void*>(&::memmove));
  for (const RuntimeSymbol& s : state->options.symbols) add(s.name, s.address);
  TALON_RETURN_IF_ERROR(
      ToStatus(lljit.getMainJITDylib().define(llvm::orc::absoluteSymbols(std::move(symbols))),
               "registering runtime symbols"));

  // Stage 2 runs inside materialization, on the thread that looks the kernel up (Compile,
  // under `mu`, which also guards `tm`).
  JitState* raw = state.get();
  lljit.getIRTransformLayer().setTransform(
      [raw](llvm::orc::ThreadSafeModule module, llvm::orc::MaterializationResponsibility&)
          -> llvm::Expected<llvm::orc::ThreadSafeModule> {
        module.withModuleDo(
            [raw](llvm::Module& m) { Optimize(m, *raw->tm, raw->options.opt_level); });
        return module;
      });
  return std::unique_ptr<Jit>(new Jit(std::move(state)));
}

absl::StatusOr<std::unique_ptr<CompiledKernel>> Jit::Compile(const KernelSpec& spec) {
  JitState& s = *state_;
  std::string key = KernelKey(spec);
  std::lock_guard<std::mutex> lock(s.mu);
  if (s.options.cache) {
    auto it = s.cache.find(key);
    if (it != s.cache.end()) {
      if (std::shared_ptr<KernelCode> code = it->second.lock()) {
        ++s.cache_hits;
        return std::make_unique<CompiledKernel>(code, code->kind, code->fn, code->symbol,
                                                code->compile_ms, /*cache_hit=*/true);
      }
    }
  }

  auto start = std::chrono::steady_clock::now();
  std::string symbol = absl::StrCat("talon_kernel_", s.next_id++);
  auto ctx = std::make_unique<llvm::LLVMContext>();
  std::unique_ptr<llvm::Module> module = NewModule(*ctx, *s.tm);
  // Stage 1. Unimplemented leaves here, before LLVM has loaded anything.
  TALON_RETURN_IF_ERROR(BuildKernel(spec, symbol, s.strings, *module));

  // Stages 2 and 3: the lookup materializes the module through the transform layer.
  llvm::orc::ResourceTrackerSP tracker = s.lljit->getMainJITDylib().createResourceTracker();
  auto code = std::make_shared<KernelCode>(state_, tracker);  // frees `tracker` on any failure
  TALON_RETURN_IF_ERROR(ToStatus(
      s.lljit->addIRModule(tracker, llvm::orc::ThreadSafeModule(std::move(module), std::move(ctx))),
      "adding kernel IR"));
  TALON_ASSIGN_OR_RETURN(llvm::orc::ExecutorAddr address,
                         ToStatusOr(s.lljit->lookup(symbol), "compiling kernel"));
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                  .count();
  code->kind = spec.kind;
  code->fn = address.toPtr<void*>();
  code->symbol = symbol;
  code->compile_ms = ms;
  ++s.compiled;
  s.compile_ms += ms;
  if (s.options.cache) {
    // Drop entries whose code is gone, then remember this one.
    absl::erase_if(s.cache, [](const auto& entry) { return entry.second.expired(); });
    s.cache[key] = code;
  }
  void* fn = code->fn;
  return std::make_unique<CompiledKernel>(std::move(code), spec.kind, fn, symbol, ms,
                                          /*cache_hit=*/false);
}

absl::StatusOr<std::unique_ptr<CompiledKernel>> Jit::CompileFilter(const bound::Expr& predicate,
                                                                   const Schema& scope) {
  return Compile(KernelSpec{KernelKind::kFilter, {&predicate}, &scope});
}

absl::StatusOr<std::unique_ptr<CompiledKernel>> Jit::CompileProject(const bound::Expr& expr,
                                                                    const Schema& scope) {
  return Compile(KernelSpec{KernelKind::kProject, {&expr}, &scope});
}

absl::StatusOr<std::string> Jit::DumpIR(const KernelSpec& spec) {
  JitState& s = *state_;
  std::lock_guard<std::mutex> lock(s.mu);
  llvm::LLVMContext ctx;
  std::unique_ptr<llvm::Module> module = NewModule(ctx, *s.tm);
  TALON_RETURN_IF_ERROR(BuildKernel(spec, "talon_kernel", s.strings, *module));
  Optimize(*module, *s.tm, s.options.opt_level);
  std::string text;
  llvm::raw_string_ostream os(text);
  module->print(os, nullptr);
  os.flush();
  return text;
}

absl::StatusOr<std::string> Jit::EmitObject(const KernelSpec& spec) {
  JitState& s = *state_;
  std::lock_guard<std::mutex> lock(s.mu);
  llvm::LLVMContext ctx;
  std::unique_ptr<llvm::Module> module = NewModule(ctx, *s.tm);
  TALON_RETURN_IF_ERROR(BuildKernel(spec, "talon_kernel", s.strings, *module));
  Optimize(*module, *s.tm, s.options.opt_level);
  llvm::orc::SimpleCompiler compiler(*s.tm);
  TALON_ASSIGN_OR_RETURN(std::unique_ptr<llvm::MemoryBuffer> object,
                         ToStatusOr(compiler(*module), "emitting object code"));
  return std::string(object->getBuffer());
}

absl::StatusOr<uint64_t> Jit::LookupSymbol(std::string_view name) {
  JitState& s = *state_;
  std::lock_guard<std::mutex> lock(s.mu);
  absl::StatusOr<llvm::orc::ExecutorAddr> address =
      ToStatusOr(s.lljit->lookup(llvm::StringRef(name.data(), name.size())),
                 absl::StrCat("looking up '", std::string(name), "'"));
  if (!address.ok()) return absl::NotFoundError(address.status().message());
  return address->getValue();
}

JitStats Jit::stats() const {
  JitState& s = *state_;
  std::lock_guard<std::mutex> lock(s.mu);
  JitStats stats;
  stats.compiled = s.compiled;
  stats.cache_hits = s.cache_hits;
  stats.live_code = s.live_code.load();
  stats.compile_ms = s.compile_ms;
  return stats;
}

const JitOptions& Jit::options() const { return state_->options; }

}  // namespace talon::codegen
