// EventQueue: a window's events in arrival order over one column store with a head offset,
// compacted in place once the dead prefix is large enough (CompactionSlack). Pushing and
// popping across many compactions, for a small queue (three times its size of slack) and a
// large one (64K rows of slack), keeps exactly the live events, in order, with their
// timestamps, and the store never holds more than the slack allows.
#include <cstdint>
#include <deque>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "runtime/batch.h"
#include "runtime/windows/event_queue.h"

namespace talon::exec {
namespace {

Schema OneString() {
  Schema schema;
  schema.Add("s", Type::kString);
  schema.Add("v", Type::kLong);
  return schema;
}

void SlideAndCheck(size_t live, size_t chunk, size_t rounds, size_t max_store) {
  EventQueue queue(OneString());
  std::deque<int64_t> expected;
  int64_t next = 0;
  for (size_t round = 0; round < rounds; ++round) {
    Batch in(OneString());
    for (size_t i = 0; i < chunk; ++i, ++next) {
      in.Append(next, EventKind::kCurrent,
                {Value::String(absl::StrCat("v", next)), Value::Long(next)});
    }
    queue.PushRange(in, 0, in.size());
    for (size_t i = 0; i < chunk; ++i) expected.push_back(next - static_cast<int64_t>(chunk - i));
    const size_t pop = queue.size() > live ? queue.size() - live : 0;
    queue.PopFront(pop);
    for (size_t i = 0; i < pop; ++i) expected.pop_front();
    ASSERT_EQ(queue.size(), expected.size());
    EXPECT_LE(queue.store().size(), max_store) << "round " << round;
    for (size_t i = 0; i < queue.size(); i += 97) {
      ASSERT_EQ(queue.Int(i, 1), expected[i]) << "round " << round << " event " << i;
      ASSERT_EQ(queue.timestamp(i), expected[i]);
      ASSERT_EQ(queue.Get(i, 0), Value::String(absl::StrCat("v", expected[i])));
    }
  }
}

TEST(EventQueueTest, SmallQueueKeepsThreeTimesItsSizeOfSlack) {
  // length(1000) fed chunks of 1024: the store holds the live events, at most three times as
  // many dead ones, and one chunk pushed before the pop.
  SlideAndCheck(1000, 1024, 40, 1000 + 3 * 1000 + 1024);
}

TEST(EventQueueTest, LargeQueueKeepsAtMost64KRowsOfSlack) {
  SlideAndCheck(100'000, 8192, 60, 100'000 + 100'000 + (size_t{1} << 16) + 8192);
}

TEST(EventQueueTest, EmptiedQueueStartsOver) {
  EventQueue queue(OneString());
  Batch in(OneString());
  for (int64_t i = 0; i < 100; ++i) {
    in.Append(i, EventKind::kCurrent, {Value::String("x"), Value::Long(i)});
  }
  queue.PushRange(in, 0, 100);
  queue.PopFront(100);
  EXPECT_TRUE(queue.empty());
  EXPECT_EQ(queue.store().size(), 0u);
  queue.PushRange(in, 10, 12);
  ASSERT_EQ(queue.size(), 2u);
  EXPECT_EQ(queue.Int(0, 1), 10);
}

}  // namespace
}  // namespace talon::exec
