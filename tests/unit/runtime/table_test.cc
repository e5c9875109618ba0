// InMemoryTable and TableOperation driven directly: Siddhi's iteration orders (insertion,
// TreeMap over a numeric key, java.util.HashMap over other keys), primary-key refusals, and the
// per-event semantics of delete / update / update-or-insert. Expected orders come from the
// table conformance cases (PrimaryKeyTableTestCase, UpdateOrInsertTableTestCase).
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "frontend/bound.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "runtime/expr/kernel.h"
#include "runtime/registry.h"
#include "runtime/tables/in_memory_table.h"
#include "runtime/tables/store_set.h"
#include "runtime/tables/table_operation.h"

namespace talon::exec {
namespace {

using ::testing::ElementsAre;

const Registry& Builtins() {
  static const Registry* registry = Registry::CreateWithBuiltins().release();
  return *registry;
}

Schema StockSchema() {
  return Schema({{"symbol", Type::kString}, {"price", Type::kFloat}, {"volume", Type::kLong}});
}

// One event per row of `rows` (symbol, price, volume), all at `ts`.
Batch Stocks(const std::vector<std::tuple<std::string, float, int64_t>>& rows, Timestamp ts = 1) {
  Batch batch(StockSchema());
  for (const auto& [symbol, price, volume] : rows) {
    batch.Append(ts, EventKind::kCurrent,
                 {Value::String(symbol), Value::Float(price), Value::Long(volume)});
  }
  return batch;
}

void InsertAll(InMemoryTable& table, const Batch& rows) {
  for (size_t i = 0; i < rows.size(); ++i) ASSERT_TRUE(table.Insert(rows, i).ok());
}

// The symbols of the table's rows in iteration order.
std::vector<std::string> Symbols(const InMemoryTable& table) {
  Batch out;
  table.Scan(out);
  std::vector<std::string> symbols;
  for (size_t i = 0; i < out.size(); ++i) symbols.push_back(out.column(0).Get(i).ToString());
  return symbols;
}

std::vector<int64_t> Volumes(const InMemoryTable& table) {
  Batch out;
  table.Scan(out);
  std::vector<int64_t> volumes;
  for (size_t i = 0; i < out.size(); ++i) volumes.push_back(out.column(2).ints()[i]);
  return volumes;
}

TEST(TableTest, WithoutKeyIteratesInInsertionOrder) {
  InMemoryTable table("T", StockSchema(), {});
  InsertAll(table, Stocks({{"WSO2", 55.6f, 100}, {"IBM", 75.6f, 100}, {"WSO2", 57.6f, 100}}));
  EXPECT_THAT(Symbols(table), ElementsAre("WSO2", "IBM", "WSO2"));
}

TEST(TableTest, NumericKeyIteratesInKeyOrder) {
  // PrimaryKeyTableTestCase.primaryKeyTableTest4: a TreeMap over `volume`.
  InMemoryTable table("T", StockSchema(), {2});
  InsertAll(table, Stocks({{"WSO2", 55.6f, 200}, {"GOOG", 50.6f, 50}, {"ABC", 5.6f, 70}}));
  EXPECT_THAT(Volumes(table), ElementsAre(50, 70, 200));
}

TEST(TableTest, StringKeyIteratesInJavaHashMapOrder) {
  // "IBM" hashes to bin 5 and "WSO2" to bin 7 of 16 (primaryKeyTableTest15).
  InMemoryTable table("T", StockSchema(), {0});
  InsertAll(table, Stocks({{"WSO2", 55.6f, 100}, {"IBM", 55.6f, 100}}));
  EXPECT_THAT(Symbols(table), ElementsAre("IBM", "WSO2"));
}

TEST(TableTest, CompositeKeyHashesTheDelimitedString) {
  // primaryKeyTableTest37: keys "WSO2:-:100:-:", "IBM:-:100:-:", "IBM:-:200:-:".
  InMemoryTable table("T", StockSchema(), {0, 2});
  InsertAll(table, Stocks({{"WSO2", 55.6f, 100}, {"IBM", 55.6f, 100}, {"IBM", 56.6f, 200}}));
  Batch out;
  table.Scan(out);
  ASSERT_EQ(out.size(), 3u);
  // IBM/100 is found before IBM/200, as the reference joined them.
  std::vector<int64_t> ibm;
  for (size_t i = 0; i < out.size(); ++i) {
    if (out.column(0).Get(i).ToString() == "IBM") ibm.push_back(out.column(2).ints()[i]);
  }
  EXPECT_THAT(ibm, ElementsAre(100, 200));
}

TEST(TableTest, HashMapCapacityGrowsPastThreeQuartersFull) {
  InMemoryTable table("T", StockSchema(), {0});
  Batch rows(StockSchema());
  for (int i = 0; i < 13; ++i) {
    rows.Append(1, EventKind::kCurrent,
                {Value::String(absl::StrCat("S", i)), Value::Float(1), Value::Long(i)});
  }
  InsertAll(table, rows);
  // With 13 keys the map has 32 bins: each key's bin is spread(hash) & 31.
  std::vector<std::string> symbols = Symbols(table);
  ASSERT_EQ(symbols.size(), 13u);
  auto bin = [](const std::string& s) {
    uint32_t h = 0;
    for (unsigned char c : s) h = 31 * h + c;
    return (h ^ (h >> 16)) & 31u;
  };
  for (size_t i = 1; i < symbols.size(); ++i) EXPECT_LE(bin(symbols[i - 1]), bin(symbols[i]));
}

TEST(TableTest, DuplicatePrimaryKeyIsDroppedAndReported) {
  InMemoryTable table("StockTable", StockSchema(), {0});
  Batch rows = Stocks({{"WSO2", 55.6f, 100}, {"WSO2", 57.6f, 100}});
  EXPECT_TRUE(table.Insert(rows, 0).ok());
  absl::Status second = table.Insert(rows, 1);
  EXPECT_TRUE(absl::IsInvalidArgument(second));
  EXPECT_THAT(std::string(second.message()), ::testing::HasSubstr("'WSO2'"));
  EXPECT_EQ(table.size(), 1u);
}

// `on StockTable.symbol == symbol` over [output (symbol, price, volume) ++ table].
bound::ExprPtr SymbolsEqual() {
  auto e = std::make_unique<bound::Expr>();
  e->kind = bound::ExprKind::kCompare;
  e->type = Type::kBool;
  e->compare = bound::CompareOp::kEq;
  e->operands.push_back(bound::MakeFieldRef(3, Type::kString, "StockTable.symbol"));
  e->operands.push_back(bound::MakeFieldRef(0, Type::kString, "symbol"));
  return e;
}

Schema OpScope() {
  const Schema table = StockSchema();
  Schema scope = table;
  for (const Attribute& a : table.attributes()) scope.Add(a.name, a.type);
  return scope;
}

TableOperation MakeOperation(ast::OutputAction::Kind kind, InMemoryTable& table, bool with_set) {
  KernelFactory kernels(Builtins(), JitMode::kOff);
  TableOperationSpec spec;
  spec.kind = kind;
  spec.table = &table;
  spec.output_width = 3;
  spec.on = *kernels.MakePredicate(*SymbolsEqual(), OpScope());
  if (with_set) {
    // Every table attribute from the output attribute of the same name.
    for (int c = 0; c < 3; ++c) {
      spec.set.emplace_back(
          c, *kernels.MakeExpr(*bound::MakeFieldRef(c, StockSchema().at(c).type, "v"), OpScope()));
    }
  }
  return TableOperation(std::move(spec));
}

TEST(TableTest, UpdateOrInsertHandlesAChunkEventByEvent) {
  // UpdateOrInsertTableTestCase.updateOrInsertTableTest11: a chunk of four events on an empty
  // table leaves one row per symbol, with the later values.
  InMemoryTable table("StockTable", StockSchema(), {});
  TableOperation op = MakeOperation(ast::OutputAction::Kind::kUpdateOrInsert, table, true);
  StoreSet stores;
  EvalContext ctx{0, &stores};
  Batch chunk =
      Stocks({{"WSO2", 55, 100}, {"IBM", 55, 100}, {"WSO2", 155, 200}, {"IBM", 155, 200}});
  ASSERT_TRUE(op.Apply(chunk, ctx).ok());
  EXPECT_THAT(Symbols(table), ElementsAre("WSO2", "IBM"));
  EXPECT_THAT(Volumes(table), ElementsAre(200, 200));
}

TEST(TableTest, DeleteRemovesEveryMatchingRow) {
  InMemoryTable table("StockTable", StockSchema(), {});
  InsertAll(table, Stocks({{"WSO2", 55.6f, 100}, {"IBM", 75.6f, 100}, {"WSO2", 57.6f, 100}}));
  TableOperation op = MakeOperation(ast::OutputAction::Kind::kDelete, table, false);
  StoreSet stores;
  EvalContext ctx{0, &stores};
  ASSERT_TRUE(op.Apply(Stocks({{"WSO2", 0, 0}}), ctx).ok());
  EXPECT_THAT(Symbols(table), ElementsAre("IBM"));
}

TEST(TableTest, UpdateOntoAnotherRowsKeyIsRefused) {
  InMemoryTable table("StockTable", StockSchema(), {2});  // key: volume
  InsertAll(table, Stocks({{"WSO2", 55.6f, 100}, {"IBM", 75.6f, 200}}));
  TableOperation op = MakeOperation(ast::OutputAction::Kind::kUpdate, table, true);
  StoreSet stores;
  EvalContext ctx{0, &stores};
  // Would give the WSO2 row IBM's key 200.
  EXPECT_TRUE(op.Apply(Stocks({{"WSO2", 1, 200}}), ctx).ok());
  EXPECT_THAT(Volumes(table), ElementsAre(100, 200));
}

}  // namespace
}  // namespace talon::exec
