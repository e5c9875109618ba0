#include "runtime/pattern/match.h"

#include <atomic>

namespace talon::exec::pattern {
namespace {
std::atomic<int64_t> g_matches{0};
std::atomic<int64_t> g_rows{0};
}  // namespace

PatternMemory GlobalPatternMemory() {
  return PatternMemory{g_matches.load(std::memory_order_relaxed),
                       g_rows.load(std::memory_order_relaxed)};
}

void CountPatternMemory(int64_t matches, int64_t rows) {
  if (matches != 0) g_matches.fetch_add(matches, std::memory_order_relaxed);
  if (rows != 0) g_rows.fetch_add(rows, std::memory_order_relaxed);
}

Match::Match(MatchContext* ctx)
    : ctx_(ctx), head_(ctx->store_of_state.size(), kNoEvent) {
  ++ctx_->live_matches;
  CountPatternMemory(1, 0);
}

Match::~Match() {
  for (int s = 0; s < state_count(); ++s) {
    if (head_[s] != kNoEvent) Unref(s, head_[s]);
  }
  if (tails_ != nullptr) {
    for (int s = 0; s < static_cast<int>(tails_->size()); ++s) {
      for (uint32_t id : (*tails_)[s]) Unref(s, id);
    }
  }
  --ctx_->live_matches;
  CountPatternMemory(-1, 0);
}

MatchPtr Match::New(MatchContext* ctx) { return MatchPtr(new Match(ctx)); }

std::vector<uint32_t>& Match::tail(int s) {
  if (tails_ == nullptr) {
    tails_ = std::make_unique<std::vector<std::vector<uint32_t>>>(head_.size());
  }
  return (*tails_)[s];
}

int Match::size(int s) const {
  if (head_[s] == kNoEvent) return 0;
  return 1 + (tails_ == nullptr ? 0 : static_cast<int>((*tails_)[s].size()));
}

uint32_t Match::at(int s, int k) const {
  if (k == 0) return head_[s];
  return (*tails_)[s][k - 1];
}

uint32_t Match::last(int s) const {
  if (tails_ != nullptr && !(*tails_)[s].empty()) return (*tails_)[s].back();
  return head_[s];
}

void Match::Set(int s, uint32_t id) {
  if (id != kNoEvent) Ref(s, id);
  if (head_[s] != kNoEvent) Unref(s, head_[s]);
  head_[s] = id;
  if (tails_ != nullptr) {
    for (uint32_t old : (*tails_)[s]) Unref(s, old);
    (*tails_)[s].clear();
  }
}

void Match::Append(int s, uint32_t id) {
  Ref(s, id);
  if (head_[s] == kNoEvent) {
    head_[s] = id;
  } else {
    tail(s).push_back(id);
  }
}

void Match::RemoveLast(int s) {
  if (tails_ != nullptr && !(*tails_)[s].empty()) {
    Unref(s, (*tails_)[s].back());
    (*tails_)[s].pop_back();
  } else if (head_[s] != kNoEvent) {
    Unref(s, head_[s]);
    head_[s] = kNoEvent;
  }
}

MatchPtr Match::Clone() const {
  MatchPtr copy = New(ctx_);
  copy->expired_ = expired_;
  copy->timestamp_ = timestamp_;
  for (int s = 0; s < state_count(); ++s) {
    int n = size(s);
    for (int k = 0; k < n; ++k) copy->Append(s, at(s, k));
  }
  return copy;
}

size_t Match::footprint() const {
  size_t bytes = sizeof(Match);
  if (head_.size() > 4) bytes += head_.capacity() * sizeof(uint32_t);
  if (tails_ != nullptr) {
    bytes += sizeof(*tails_) + tails_->capacity() * sizeof(std::vector<uint32_t>);
    for (const auto& t : *tails_) bytes += t.capacity() * sizeof(uint32_t);
  }
  return bytes;
}

}  // namespace talon::exec::pattern
