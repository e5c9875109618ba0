// Values of another type than their attribute's (docs/language.md, "Typed columns; values of
// another type"): columns keep them aside as foreign values, carried reads let them through,
// typed reads refuse the event.
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "runtime/batch.h"
#include "runtime/engine.h"
#include "runtime/vector.h"

namespace talon::exec {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

TEST(ForeignValuesTest, ColumnKeepsAForeignValueAside) {
  Column c(Type::kBool);
  c.Append(Value::Bool(true));
  EXPECT_FALSE(c.has_foreign());
  c.Append(Value::String("notAvailable"));
  c.Append(Value::Null(Type::kBool));
  ASSERT_TRUE(c.has_foreign());
  // Typed readers see NULL; Get returns the value itself.
  EXPECT_TRUE(c.IsNull(1));
  EXPECT_EQ(c.Get(1), Value::String("notAvailable"));
  EXPECT_EQ(c.Get(0), Value::Bool(true));
  EXPECT_TRUE(c.Get(2).is_null());
  ASSERT_NE(c.FirstForeign(), nullptr);
  EXPECT_EQ(*c.FirstForeign(), Value::String("notAvailable"));
  EXPECT_EQ(c.foreign(0), nullptr);

  // Copies keep it, row by row and whole.
  Column copy(Type::kBool);
  for (size_t i = 0; i < c.size(); ++i) copy.AppendFrom(c, i);
  EXPECT_EQ(copy.Get(1), Value::String("notAvailable"));
  Column whole = c;
  EXPECT_EQ(whole.Get(1), Value::String("notAvailable"));

  // Overwriting the slot with a value of the column's type drops it.
  c.Set(1, Value::Bool(false));
  EXPECT_EQ(c.Get(1), Value::Bool(false));
  EXPECT_EQ(c.FirstForeign(), nullptr);
  c.Clear();
  EXPECT_FALSE(c.has_foreign());
}

TEST(ForeignValuesTest, AppendFromAColumnWithoutForeignValuesAfterOneWith) {
  Column plain(Type::kDouble);
  plain.Append(Value::Double(1.5));
  Column mixed(Type::kDouble);
  mixed.Append(Value::Bool(true));
  Column out(Type::kDouble);
  out.AppendFrom(plain, 0);
  out.AppendFrom(mixed, 0);
  out.AppendFrom(plain, 0);
  EXPECT_EQ(out.Get(0), Value::Double(1.5));
  EXPECT_EQ(out.Get(1), Value::Bool(true));
  EXPECT_EQ(out.Get(2), Value::Double(1.5));
}

// Deploys an app and records what reaches `observe` as "v1,v2@t".
class App {
 public:
  App(std::string_view text, const std::string& observe) {
    auto engine = Engine::Create();
    EXPECT_TRUE(engine.ok()) << engine.status();
    engine_ = std::move(*engine);
    auto app = engine_->Deploy(text);
    EXPECT_TRUE(app.ok()) << app.status();
    app_ = std::move(*app);
    EXPECT_TRUE(app_->AddStreamCallback(observe, [this](const std::vector<Event>& events) {
                      for (const Event& e : events) {
                        std::vector<std::string> values;
                        for (const Value& v : e.data) {
                          values.push_back(absl::StrCat(v.ToString(), ":", TypeName(v.type())));
                        }
                        seen_.push_back(absl::StrCat(absl::StrJoin(values, ","), "@", e.timestamp));
                      }
                    }).ok());
    EXPECT_TRUE(app_->Start().ok());
  }
  absl::Status Send(std::string_view stream, Timestamp t, std::vector<Value> data) {
    return app_->Send(stream, t, std::move(data));
  }
  const std::vector<std::string>& seen() const { return seen_; }

 private:
  std::unique_ptr<Engine> engine_;
  std::unique_ptr<AppRuntime> app_;
  std::vector<std::string> seen_;
};

TEST(ForeignValuesTest, CarriedProjectionHandsTheValueOn) {
  App app(
      "define stream S (name string, flag bool); "
      "from S select name, instanceOfBoolean(flag) as isBool, flag insert into Out;",
      "Out");
  ASSERT_TRUE(app.Send("S", 1, {Value::String("a"), Value::String("notAvailable")}).ok());
  ASSERT_TRUE(app.Send("S", 2, {Value::String("b"), Value::Bool(true)}).ok());
  EXPECT_THAT(app.seen(), ElementsAre("a:string,false:bool,notAvailable:string@1",
                                      "b:string,true:bool,true:bool@2"));
}

TEST(ForeignValuesTest, TypedReadRefusesTheEventAndLeavesTheRuntimeUnchanged) {
  App app(
      "define stream S (name string, flag bool); "
      "from S[flag] select name, flag insert into Out;",
      "Out");
  absl::Status refused = app.Send("S", 1, {Value::String("a"), Value::String("yes")});
  EXPECT_TRUE(absl::IsInvalidArgument(refused)) << refused;
  EXPECT_THAT(refused.message(), HasSubstr("attribute 'flag' of stream 'S' is bool"));
  ASSERT_TRUE(app.Send("S", 2, {Value::String("b"), Value::Bool(true)}).ok());
  EXPECT_THAT(app.seen(), ElementsAre("b:string,true:bool@2"));
}

TEST(ForeignValuesTest, CastOfAnObjectIsAnErrorWhereAnOperatorNeedsTheType) {
  App app(
      "define stream S (o object); "
      "from S select cast(o, 'double') * 2.0 as d insert into Out;",
      "Out");
  absl::Status refused = app.Send("S", 1, {Value::Bool(true)});
  EXPECT_TRUE(absl::IsInvalidArgument(refused)) << refused;
  EXPECT_THAT(refused.message(), HasSubstr("cannot cast a bool value to double"));
  ASSERT_TRUE(app.Send("S", 2, {Value::Double(1.5)}).ok());
  EXPECT_THAT(app.seen(), ElementsAre("3.0:double@2"));
}

}  // namespace
}  // namespace talon::exec
