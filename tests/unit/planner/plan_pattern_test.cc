// PlanPatternTest: how a pattern or sequence query is laid out in the plan (one Source per
// distinct stream, in order of first appearance, feeding one Pattern node, then the selector
// tail), checked through Explain.
#include <memory>
#include <string>

#include "frontend/frontend.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "planner/planner.h"

namespace talon::plan {
namespace {

using ::testing::HasSubstr;

// Patterns of comparisons need nothing from a catalog.
class NoCatalog : public frontend::Catalog {
 public:
  frontend::Lookup<frontend::FunctionRef> LookupFunction(
      std::string_view, std::string_view, const std::vector<frontend::ArgInfo>&) const override {
    return frontend::LookupError{DiagCode::kUnknownFunction, "no functions", -1};
  }
  std::optional<frontend::Lookup<frontend::AggregatorRef>> LookupAggregator(
      std::string_view, std::string_view, const std::vector<frontend::ArgInfo>&) const override {
    return std::nullopt;
  }
  frontend::Lookup<frontend::WindowRef> LookupWindow(
      std::string_view, std::string_view, const std::vector<frontend::ArgInfo>&) const override {
    return frontend::LookupError{DiagCode::kUnknownFunction, "no windows", -1};
  }
  frontend::Lookup<frontend::StreamFunctionRef> LookupStreamFunction(
      std::string_view, std::string_view, const std::vector<frontend::ArgInfo>&,
      const Schema&) const override {
    return frontend::LookupError{DiagCode::kUnknownFunction, "no stream functions", -1};
  }
  std::vector<std::string> FunctionNames(std::string_view) const override { return {}; }
};

std::string PlanText(const std::string& text) {
  NoCatalog catalog;
  SourceText source("<test>", text);
  Diagnostics diagnostics;
  absl::StatusOr<bound::App> app = frontend::Compile(source, catalog, diagnostics);
  EXPECT_TRUE(app.ok()) << app.status();
  if (!app.ok()) return "";
  absl::StatusOr<Dag> dag =
      Build(std::make_shared<const bound::App>(*std::move(app)), PlanOptions{}, diagnostics);
  EXPECT_TRUE(dag.ok()) << dag.status();
  return dag.ok() ? Explain(*dag) : "";
}

TEST(PlanPatternTest, OneSourcePerStreamInOrderOfFirstUse) {
  std::string plan = PlanText(
      "define stream A (x int); define stream B (x int);\n"
      "from every e1=B[x > 1] -> e2=A[x > e1.x] -> e3=B[x == e2.x] within 1 sec\n"
      "select e1.x as a, e3.x as c insert into Out;");
  EXPECT_THAT(plan, HasSubstr("#0 Source(B)"));
  EXPECT_THAT(plan, HasSubstr("#1 Source(A)"));
  EXPECT_THAT(plan, HasSubstr("#2 Pattern((every e1=B["));
  EXPECT_THAT(plan, HasSubstr("within 1000ms"));
  EXPECT_THAT(plan, HasSubstr("#3 Project(a="));
  EXPECT_THAT(plan, HasSubstr("#4 Insert(Out, current)"));
}

TEST(PlanPatternTest, PartitionedSequenceRoutesEachSource) {
  std::string plan = PlanText(
      "define stream L (user string, ok bool);\n"
      "partition with (user of L) begin\n"
      "from every e1=L[ok == false], e2=L[ok == true] select e1.user as u insert into Out;\n"
      "end;");
  EXPECT_THAT(plan, HasSubstr("#0 Source(L)"));
  EXPECT_THAT(plan, HasSubstr("#1 PartitionRoute(partition 0)"));
  EXPECT_THAT(plan, HasSubstr("#2 Sequence((every e1=L["));
}

}  // namespace
}  // namespace talon::plan
