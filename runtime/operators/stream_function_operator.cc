// Runs a stream function (runtime/functions/stream_function.h) over each chunk: arguments are
// evaluated by kernels over the whole chunk, then the function emits its events.
#include "absl/strings/str_cat.h"
#include "frontend/base/status_macros.h"
#include "runtime/operators/operators.h"

namespace talon::exec {
namespace {

class StreamFunctionOperator : public Operator {
 public:
  StreamFunctionOperator(std::unique_ptr<StreamFunction> function,
                         std::vector<std::unique_ptr<ExprKernel>> args, Schema output,
                         std::string name)
      : function_(std::move(function)),
        args_(std::move(args)),
        output_(std::move(output)),
        name_(std::move(name)) {}

  absl::Status Process(OperatorState*, Batch& batch, const ProcessContext& ctx) const override {
    std::vector<Column> args(args_.size());
    for (size_t a = 0; a < args_.size(); ++a) {
      TALON_RETURN_IF_ERROR(args_[a]->Eval(batch, ctx.eval, args[a]));
    }
    Batch out(output_);
    TALON_RETURN_IF_ERROR(function_->Process(batch, args, out));
    batch = std::move(out);
    return absl::OkStatus();
  }

  std::string Describe(const OperatorState*) const override {
    return absl::StrCat("stream function ", name_);
  }

 private:
  std::unique_ptr<StreamFunction> function_;
  std::vector<std::unique_ptr<ExprKernel>> args_;
  Schema output_;
  std::string name_;
};

}  // namespace

std::unique_ptr<Operator> MakeStreamFunctionOperator(std::unique_ptr<StreamFunction> function,
                                                     std::vector<std::unique_ptr<ExprKernel>> args,
                                                     Schema output, std::string name) {
  return std::make_unique<StreamFunctionOperator>(std::move(function), std::move(args),
                                                  std::move(output), std::move(name));
}

}  // namespace talon::exec
