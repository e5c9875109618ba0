// The column-wise aggregate states (GroupedAggregatorState) against the boxed reference: each
// typed state (sum, avg, count, min, max over every numeric type) must give, row for row, the
// results of the row-at-a-time Add / Remove / Result path it replaces, over random streams of
// arrivals, expiries, NULLs and resets spread over several groups and cut into runs of odd
// lengths (batch boundaries). Also GroupIds: numbering, NULL keys, value identity.
#include <cmath>
#include <deque>
#include <memory>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "runtime/operators/group_ids.h"
#include "runtime/registry.h"

namespace talon::exec {
namespace {

const Registry& Builtins() {
  static const Registry* registry = Registry::CreateWithBuiltins().release();
  return *registry;
}

std::unique_ptr<Aggregator> Bind(std::string_view name, Type arg, Type* result) {
  std::vector<frontend::ArgInfo> args;
  if (name != "count") args.push_back(frontend::ArgInfo{arg, std::nullopt, true});
  auto ref = Builtins().LookupAggregator("", name, args);
  EXPECT_TRUE(ref.has_value());
  const auto* found = std::get_if<frontend::AggregatorRef>(&*ref);
  EXPECT_NE(found, nullptr);
  *result = found->result;
  auto aggregator = Builtins().aggregator(found->id).bind(args, found->result);
  EXPECT_TRUE(aggregator.ok());
  return std::move(*aggregator);
}

// A random value of `type`: small integers (so that sums, removals and equal candidates
// occur), halves for the floating types and sometimes NaN, NULL one time in eight.
Value RandomValue(std::mt19937& rng, Type type) {
  if (rng() % 8 == 0) return Value::Null(type);
  int v = static_cast<int>(rng() % 21) - 10;
  switch (type) {
    case Type::kInt: return Value::Int(v);
    case Type::kLong: return Value::Long(static_cast<int64_t>(v) * 1000000007LL);
    case Type::kFloat:
      if (rng() % 16 == 0) return Value::Float(std::nanf(""));  // breaks min/max's order
      return Value::Float(static_cast<float>(v) / 2);
    default:
      if (rng() % 16 == 0) return Value::Double(std::nan(""));
      return Value::Double(v / 2.0 + 0.1);
  }
}

struct Case {
  std::string name;
  Type arg;
};

class GroupedAggregateTest : public ::testing::TestWithParam<Case> {};

TEST_P(GroupedAggregateTest, MatchesTheBoxedStateRowForRow) {
  const Case& c = GetParam();
  Type result = Type::kObject;
  std::unique_ptr<Aggregator> aggregator = Bind(c.name, c.arg, &result);
  std::unique_ptr<GroupedAggregatorState> typed = aggregator->CreateGrouped();
  std::unique_ptr<GroupedAggregatorState> boxed = aggregator->Aggregator::CreateGrouped();
  // Driven through Accumulate and read through WriteResult, typed and boxed.
  std::unique_ptr<GroupedAggregatorState> typed_acc = aggregator->CreateGrouped();
  std::unique_ptr<GroupedAggregatorState> boxed_acc = aggregator->Aggregator::CreateGrouped();
  std::mt19937 rng(42);
  constexpr size_t kGroups = 5;
  // Per group, the values currently "in the window", so that expiries remove real arrivals.
  std::vector<std::vector<Value>> live(kGroups);
  for (int round = 0; round < 40; ++round) {
    const size_t rows = 1 + rng() % 37;  // odd run lengths, 1 included
    const bool arrivals_only = round % 5 == 0;  // Accumulate is told so (null kinds)
    Column arg(c.arg);
    std::vector<uint32_t> groups;
    std::vector<EventKind> kinds;
    for (size_t j = 0; j < rows; ++j) {
      uint32_t g = static_cast<uint32_t>(rng() % kGroups);
      bool expire = !arrivals_only && !live[g].empty() && rng() % 3 == 0;
      if (expire) {
        // Mostly in arrival order (time and length windows), sometimes not (sort windows).
        size_t at = rng() % 4 == 0 ? rng() % live[g].size() : 0;
        arg.Append(live[g][at]);
        live[g].erase(live[g].begin() + static_cast<long>(at));
        kinds.push_back(EventKind::kExpired);
      } else {
        Value v = RandomValue(rng, c.arg);
        arg.Append(v);
        live[g].push_back(v);
        kinds.push_back(EventKind::kCurrent);
      }
      groups.push_back(g);
    }
    for (auto* state : {&typed, &boxed, &typed_acc, &boxed_acc}) (*state)->Resize(kGroups);
    // The typed state writes only a random subset of rows, compacted (as the select step asks
    // for the rows that leave); the boxed one writes every row.
    std::vector<int32_t> out_rows(rows, -1);
    std::vector<size_t> wanted_rows;
    for (size_t j = 0; j < rows; ++j) {
      if (rng() % 2 == 0) {
        out_rows[j] = static_cast<int32_t>(wanted_rows.size());
        wanted_rows.push_back(j);
      }
    }
    const bool compact = round % 2 == 1;
    Column typed_out(result), boxed_out(result);
    typed_out.Resize(compact ? wanted_rows.size() : rows);
    boxed_out.Resize(rows);
    std::vector<const Column*> args;
    if (c.name != "count") args.push_back(&arg);
    // Two runs per round, split at a random row.
    size_t split = rng() % (rows + 1);
    for (auto [begin, end] : {std::pair<size_t, size_t>{0, split}, {split, rows}}) {
      typed->Update(groups.data(), kinds.data(), args, begin, end,
                    ResultRows{&typed_out, compact ? out_rows.data() : nullptr});
      boxed->Update(groups.data(), kinds.data(), args, begin, end, ResultRows{&boxed_out});
      const EventKind* acc_kinds = arrivals_only ? nullptr : kinds.data();
      typed_acc->Accumulate(groups.data(), acc_kinds, args, begin, end);
      boxed_acc->Accumulate(groups.data(), acc_kinds, args, begin, end);
    }
    // After the runs each group's value is what Update wrote at the group's last row.
    std::vector<int64_t> last_row(kGroups, -1);
    for (size_t j = 0; j < rows; ++j) last_row[groups[j]] = static_cast<int64_t>(j);
    for (uint32_t g = 0; g < kGroups; ++g) {
      if (last_row[g] < 0) continue;
      const auto j = static_cast<size_t>(last_row[g]);
      for (auto* state : {&typed_acc, &boxed_acc}) {
        Column written(result);
        written.Resize(1);
        (*state)->WriteResult(g, written, 0);
        ASSERT_EQ(written.Get(0).ToString(), boxed_out.Get(j).ToString())
            << c.name << "(" << TypeName(c.arg) << ") round " << round << " group " << g
            << (state == &typed_acc ? " typed" : " boxed");
        ASSERT_EQ(written.IsNull(0), boxed_out.IsNull(j));
      }
    }
    for (size_t j = 0; j < rows; ++j) {
      if (compact && out_rows[j] < 0) continue;
      size_t k = compact ? static_cast<size_t>(out_rows[j]) : j;
      ASSERT_EQ(typed_out.Get(k).ToString(), boxed_out.Get(j).ToString())
          << c.name << "(" << TypeName(c.arg) << ") round " << round << " row " << j;
      ASSERT_EQ(typed_out.IsNull(k), boxed_out.IsNull(j));
    }
    if (rng() % 10 == 0) {
      for (auto* state : {&typed, &boxed, &typed_acc, &boxed_acc}) (*state)->ResetAll();
      for (auto& values : live) values.clear();
    }
  }
  EXPECT_GT(typed->bytes(), 0u);
}

std::vector<Case> Cases() {
  std::vector<Case> cases;
  for (const char* name : {"sum", "avg", "min", "max"}) {
    for (Type t : {Type::kInt, Type::kLong, Type::kFloat, Type::kDouble}) {
      cases.push_back({name, t});
    }
  }
  cases.push_back({"count", Type::kObject});
  return cases;
}

INSTANTIATE_TEST_SUITE_P(Builtins, GroupedAggregateTest, ::testing::ValuesIn(Cases()),
                         [](const ::testing::TestParamInfo<Case>& info) {
                           return info.param.name + "_" + std::string(TypeName(info.param.arg));
                         });

TEST(GroupedAggregateTest, TypedStatesReplaceTheBoxedOnes) {
  // The speed of grouped aggregation rests on these not falling back to the boxed adapter.
  Type result;
  for (const char* name : {"sum", "avg", "count", "min", "max"}) {
    std::unique_ptr<Aggregator> a = Bind(name, Type::kDouble, &result);
    std::unique_ptr<GroupedAggregatorState> typed = a->CreateGrouped();
    std::unique_ptr<GroupedAggregatorState> boxed = a->Aggregator::CreateGrouped();
    EXPECT_NE(typeid(*typed), typeid(*boxed)) << name;
  }
}

// min and max keep a few candidates inline and move them to a vector when they outgrow it:
// sliding windows over a rising (min) or falling (max) run keep every event as a candidate.
// Runs longer and shorter than the inline slots, expired in arrival order, with NaNs and equal
// values, must give the boxed results row for row, through every move out and back.
TEST(GroupedAggregateTest, ExtremaAcrossLongCandidateRuns) {
  for (const char* name : {"min", "max"}) {
    for (Type type : {Type::kLong, Type::kDouble}) {
      Type result = Type::kObject;
      std::unique_ptr<Aggregator> aggregator = Bind(name, type, &result);
      std::unique_ptr<GroupedAggregatorState> typed = aggregator->CreateGrouped();
      std::unique_ptr<GroupedAggregatorState> boxed = aggregator->Aggregator::CreateGrouped();
      typed->Resize(2);
      boxed->Resize(2);
      const bool is_min = std::string_view(name) == "min";
      const auto value = [&](int v) {
        return type == Type::kLong ? Value::Long(v) : Value::Double(v + 0.5);
      };
      // Per group a sliding window of `width` events over runs of `run` values going the way
      // that keeps every candidate, then the other way; group 1 interleaved with group 0.
      for (int width : {3, 5, 6, 12, 40}) {
        Column arg(type);
        std::vector<uint32_t> groups;
        std::vector<EventKind> kinds;
        std::vector<std::deque<Value>> live(2);
        int step = 0;
        for (int run : {8, 2, 30, 1, 7}) {
          for (int i = 0; i < run; ++i, ++step) {
            const uint32_t g = static_cast<uint32_t>(step % 3 == 2);
            int v = (is_min ? i : -i) * (run % 2 == 0 ? 1 : -1);
            Value arriving = value(v);
            if (step % 11 == 0) arriving = live[g].empty() ? value(0) : live[g].back();  // equal
            if (type == Type::kDouble && step % 17 == 0) arriving = Value::Double(std::nan(""));
            if (live[g].size() == static_cast<size_t>(width)) {
              arg.Append(live[g].front());
              live[g].pop_front();
              groups.push_back(g);
              kinds.push_back(EventKind::kExpired);
            }
            arg.Append(arriving);
            live[g].push_back(arriving);
            groups.push_back(g);
            kinds.push_back(EventKind::kCurrent);
          }
        }
        Column typed_out(result), boxed_out(result);
        typed_out.Resize(groups.size());
        boxed_out.Resize(groups.size());
        std::vector<const Column*> args = {&arg};
        typed->Update(groups.data(), kinds.data(), args, 0, groups.size(),
                      ResultRows{&typed_out});
        boxed->Update(groups.data(), kinds.data(), args, 0, groups.size(),
                      ResultRows{&boxed_out});
        for (size_t j = 0; j < groups.size(); ++j) {
          ASSERT_EQ(typed_out.Get(j).ToString(), boxed_out.Get(j).ToString())
              << name << "(" << TypeName(type) << ") width " << width << " row " << j;
        }
        typed->ResetAll();
        boxed->ResetAll();
      }
    }
  }
}

Column Strings(std::vector<std::optional<std::string>> values) {
  Column c(Type::kString);
  for (const auto& v : values) c.Append(v ? Value::String(*v) : Value::Null(Type::kString));
  return c;
}

TEST(GroupIdsTest, NumbersKeysInOrderOfFirstAppearanceAcrossBatches) {
  GroupIds ids;
  std::vector<uint32_t> out;
  Column first = Strings({"IBM", "WSO2", "IBM", std::nullopt, "ORCL"});
  ids.Assign({&first}, first.size(), out);
  EXPECT_THAT(out, ::testing::ElementsAre(0, 1, 0, 2, 3));
  Column second = Strings({"ORCL", std::nullopt, "MSFT", "IBM"});
  ids.Assign({&second}, second.size(), out);
  EXPECT_THAT(out, ::testing::ElementsAre(3, 2, 4, 0));
  EXPECT_EQ(ids.size(), 5u);
  EXPECT_NE(ids.key(0), ids.key(1));
  EXPECT_GT(ids.bytes(), 0u);
}

TEST(GroupIdsTest, NoKeyMeansOneGroup) {
  GroupIds ids;
  std::vector<uint32_t> out;
  ids.Assign({}, 3, out);
  EXPECT_THAT(out, ::testing::ElementsAre(0, 0, 0));
  EXPECT_EQ(ids.size(), 1u);
}

TEST(GroupIdsTest, SeveralColumnsAndExactDoubles) {
  GroupIds ids;
  std::vector<uint32_t> out;
  Column a(Type::kDouble), b(Type::kInt);
  // 1.0000001 and 1.0000002 print alike with six digits but are different keys; 0.0 and -0.0
  // are different keys (Double.toString), every NaN is one key.
  for (double d : {1.0000001, 1.0000002, 1.0000001, 0.0, -0.0, std::nan("1"), std::nan("2")}) {
    a.Append(Value::Double(d));
    b.Append(Value::Int(7));
  }
  ids.Assign({&a, &b}, a.size(), out);
  EXPECT_THAT(out, ::testing::ElementsAre(0, 1, 0, 2, 3, 4, 4));
  // An int 1 and a string "1" are different keys.
  GroupIds mixed;
  Column i(Type::kInt), s(Type::kString);
  i.Append(Value::Int(1));
  s.Append(Value::String("1"));
  mixed.Assign({&i}, 1, out);
  std::string int_key = mixed.key(out[0]);
  GroupIds other;
  other.Assign({&s}, 1, out);
  EXPECT_NE(int_key, other.key(out[0]));
}

TEST(GroupIdsTest, PackShortStringKeepsEveryByteAndTheLength) {
  // Every length 0..7; strings that differ in one byte, in length only, or by trailing NULs
  // pack differently, and the packing is the bytes themselves plus the length.
  std::set<uint64_t> seen;
  for (size_t n = 0; n <= kMaxPackedString; ++n) {
    std::string base(n, 'a');
    for (size_t i = 0; i < n; ++i) base[i] = static_cast<char>('a' + i);
    uint64_t packed = PackShortString(base.data(), n);
    uint64_t expected = uint64_t{n} << 56;
    for (size_t i = 0; i < n; ++i) {
      expected |= uint64_t{static_cast<unsigned char>(base[i])} << (8 * i);
    }
    EXPECT_EQ(packed, expected) << "length " << n;
    EXPECT_TRUE(seen.insert(packed).second) << "length " << n;
    for (size_t i = 0; i < n; ++i) {
      std::string changed = base;
      changed[i] = '\xff';
      EXPECT_TRUE(seen.insert(PackShortString(changed.data(), n)).second) << n << " " << i;
    }
    if (n > 0) {
      std::string nuls(n, '\0');
      EXPECT_TRUE(seen.insert(PackShortString(nuls.data(), n)).second) << "NULs, length " << n;
    }
  }
}

TEST(GroupIdsTest, PackingAStringIgnoresTheBytesPastItsEnd) {
  // The one-load form masks what lies past the string's end (here the leftovers of a longer
  // value the string held before), and agrees with the byte-wise form.
  for (size_t n = 0; n <= kMaxPackedString; ++n) {
    std::string shrunk = "qrstuvwxyz";
    shrunk.resize(n);
    for (size_t i = 0; i < n; ++i) shrunk[i] = static_cast<char>('a' + i);
    const std::string fresh = shrunk.substr(0);
    EXPECT_EQ(PackShortString(shrunk), PackShortString(shrunk.data(), n)) << "length " << n;
    EXPECT_EQ(PackShortString(shrunk), PackShortString(fresh)) << "length " << n;
  }
}

TEST(GroupIdsTest, ShortAndLongStringKeysAreOneNumbering) {
  // Keys on both sides of the packed length (7 bytes), NUL bytes inside a key, the empty
  // string and NULL are all different groups, numbered in order of first appearance.
  GroupIds ids;
  std::vector<uint32_t> out;
  const std::string with_nul("a\0b", 3);
  Column first = Strings({"abcdefg", "abcdefgh", "", std::nullopt, with_nul, "a"});
  ids.Assign({&first}, first.size(), out);
  EXPECT_THAT(out, ::testing::ElementsAre(0, 1, 2, 3, 4, 5));
  Column second = Strings({"a", "abcdefgh", std::string("a\0c", 3), "abcdefg", "", "ab"});
  ids.Assign({&second}, second.size(), out);
  EXPECT_THAT(out, ::testing::ElementsAre(5, 1, 6, 0, 2, 7));
  // The keys a rate limiter groups by agree with the general encoding.
  std::string expected;
  AppendGroupKey(expected, first, 0);
  EXPECT_EQ(ids.key(0), expected);
}

}  // namespace
}  // namespace talon::exec
