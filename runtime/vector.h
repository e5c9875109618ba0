// exec::Column: one attribute's values over a batch, with a null flag per event.
// Three physical forms cover Siddhi's types: int64 (bool, int, long), double (float, double) and
// string; kObject keeps boxed Values. Floats are stored widened to double and every float
// operation rounds its result back to float, which reproduces Java float arithmetic exactly
// (double holds any float product/sum/quotient of two floats before that rounding). Ints are
// wrapped to 32 bits after each operation, as Java does.
//
// Foreign values. Siddhi's events hold Java objects, so an attribute may carry a value of
// another type than declared (a String in a bool attribute, a Boolean relabelled as double by
// cast()). A typed column keeps such a value aside: the slot reads as NULL through the typed
// arrays (so a typed reader never misreads it) and Get() returns the value itself. Only
// positions that merely carry values hold them (docs/language.md, "Values of another type";
// runtime/attributes_read.h decides which).
#ifndef TALON_RUNTIME_VECTOR_H_
#define TALON_RUNTIME_VECTOR_H_

#include <cstdint>
#include <string>
#include <vector>

#include "frontend/base/type.h"
#include "frontend/base/value.h"

namespace talon::exec {

enum class PhysicalType { kInt64, kDouble, kString, kObject };

// In a row list for Column::AppendGather / Batch::AppendGather: append a NULL instead of a row.
inline constexpr uint32_t kNullRow = UINT32_MAX;
PhysicalType PhysicalTypeOf(Type type);

class Column {
 public:
  Column() = default;
  explicit Column(Type type, bool pruned = false)
      : type_(type), physical_(PhysicalTypeOf(type)), pruned_(pruned) {}

  // A pruned column keeps no values: it belongs to a batch whose readers never read it (a
  // window's storage and output when the select step after it reads other attributes only; see
  // Attribute::pruned). It stays empty whatever is appended to it, and Get() reads NULL.
  bool pruned() const { return pruned_; }

  Type type() const { return type_; }
  PhysicalType physical() const { return physical_; }
  size_t size() const { return nulls_.size(); }

  void Reserve(size_t n);
  void Resize(size_t n);  // new slots are NULL
  void Clear();

  bool IsNull(size_t i) const { return nulls_[i] != 0; }
  void SetNull(size_t i) {
    if (!pruned_) nulls_[i] = 1;
  }

  // Typed access; the physical type must match.
  int64_t* ints() { return ints_.data(); }
  const int64_t* ints() const { return ints_.data(); }
  double* doubles() { return doubles_.data(); }
  const double* doubles() const { return doubles_.data(); }
  std::string* strings() { return strings_.data(); }
  const std::string* strings() const { return strings_.data(); }
  uint8_t* nulls() { return nulls_.data(); }
  const uint8_t* nulls() const { return nulls_.data(); }

  // Row-wise access, used at the API boundary and by rarely-hot paths.
  Value Get(size_t i) const;
  // Sets row i from `v`; the value must have this column's type or be NULL.
  void Set(size_t i, const Value& v);
  void Append(const Value& v);
  // Appends row `i` of `other` (same type), foreign value included.
  void AppendFrom(const Column& other, size_t i);
  // Appends rows [begin, end) of `other` (same type), one typed copy per array.
  void AppendRange(const Column& other, size_t begin, size_t end);
  // Appends rows rows[0..n) of `other` (same type) in that order; kNullRow appends a NULL.
  void AppendGather(const Column& other, const uint32_t* rows, size_t n);
  // Keeps rows [begin, end) only, moved into place.
  void Slice(size_t begin, size_t end);

  // Whether some slot may hold a foreign value (a value whose type is not the column's).
  bool has_foreign() const { return !foreign_.empty(); }
  // Row i's foreign value, or nullptr when it holds none.
  const Value* foreign(size_t i) const {
    return foreign_.empty() || foreign_[i].is_null() ? nullptr : &foreign_[i];
  }
  // The first foreign value, or nullptr.
  const Value* FirstForeign() const;

 private:
  Type type_ = Type::kObject;
  PhysicalType physical_ = PhysicalType::kObject;
  bool pruned_ = false;
  std::vector<uint8_t> nulls_;
  std::vector<int64_t> ints_;
  std::vector<double> doubles_;
  std::vector<std::string> strings_;
  std::vector<Value> objects_;
  // Empty, or one entry per slot: a non-NULL entry is that slot's foreign value (the slot is
  // NULL in the typed arrays).
  std::vector<Value> foreign_;

  void SetForeign(size_t i, const Value& v);
};

}  // namespace talon::exec

#endif  // TALON_RUNTIME_VECTOR_H_
