#include "runtime/vector.h"

#include "frontend/base/check.h"

namespace talon::exec {

PhysicalType PhysicalTypeOf(Type type) {
  switch (type) {
    case Type::kBool:
    case Type::kInt:
    case Type::kLong: return PhysicalType::kInt64;
    case Type::kFloat:
    case Type::kDouble: return PhysicalType::kDouble;
    case Type::kString: return PhysicalType::kString;
    case Type::kObject: return PhysicalType::kObject;
  }
  return PhysicalType::kObject;
}

void Column::Reserve(size_t n) {
  if (pruned_) return;
  nulls_.reserve(n);
  switch (physical_) {
    case PhysicalType::kInt64: ints_.reserve(n); break;
    case PhysicalType::kDouble: doubles_.reserve(n); break;
    case PhysicalType::kString: strings_.reserve(n); break;
    case PhysicalType::kObject: objects_.reserve(n); break;
  }
}

void Column::Resize(size_t n) {
  if (pruned_) return;
  nulls_.resize(n, 1);
  if (!foreign_.empty()) foreign_.resize(n);
  switch (physical_) {
    case PhysicalType::kInt64: ints_.resize(n); break;
    case PhysicalType::kDouble: doubles_.resize(n); break;
    case PhysicalType::kString: strings_.resize(n); break;
    case PhysicalType::kObject: objects_.resize(n); break;
  }
}

void Column::Slice(size_t begin, size_t end) {
  if (pruned_) return;
  auto slice = [begin, end](auto& v) {
    if (v.empty()) return;
    v.erase(v.begin() + static_cast<std::ptrdiff_t>(end), v.end());
    v.erase(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(begin));
  };
  slice(nulls_);
  slice(foreign_);
  switch (physical_) {
    case PhysicalType::kInt64: slice(ints_); break;
    case PhysicalType::kDouble: slice(doubles_); break;
    case PhysicalType::kString: slice(strings_); break;
    case PhysicalType::kObject: slice(objects_); break;
  }
}

void Column::Clear() {
  nulls_.clear();
  ints_.clear();
  doubles_.clear();
  strings_.clear();
  objects_.clear();
  foreign_.clear();
}

Value Column::Get(size_t i) const {
  if (pruned_) return Value::Null(type_);
  if (nulls_[i]) {
    if (const Value* v = foreign(i)) return *v;
    return Value::Null(type_);
  }
  switch (type_) {
    case Type::kBool: return Value::Bool(ints_[i] != 0);
    case Type::kInt: return Value::Int(static_cast<int32_t>(ints_[i]));
    case Type::kLong: return Value::Long(ints_[i]);
    case Type::kFloat: return Value::Float(static_cast<float>(doubles_[i]));
    case Type::kDouble: return Value::Double(doubles_[i]);
    case Type::kString: return Value::String(strings_[i]);
    case Type::kObject: return objects_[i];
  }
  return Value::Null(type_);
}

void Column::Set(size_t i, const Value& v) {
  if (pruned_) return;
  if (!foreign_.empty()) foreign_[i].Reset();
  if (v.is_null()) {
    nulls_[i] = 1;
    return;
  }
  if (v.type() != type_ && type_ != Type::kObject) {
    SetForeign(i, v);
    return;
  }
  nulls_[i] = 0;
  switch (type_) {
    case Type::kBool: ints_[i] = v.bool_value() ? 1 : 0; break;
    case Type::kInt: ints_[i] = v.int_value(); break;
    case Type::kLong: ints_[i] = v.long_value(); break;
    case Type::kFloat: doubles_[i] = v.float_value(); break;
    case Type::kDouble: doubles_[i] = v.double_value(); break;
    case Type::kString: strings_[i] = v.string_value(); break;
    case Type::kObject: objects_[i] = v; break;
  }
}

void Column::Append(const Value& v) {
  if (pruned_) return;
  Resize(size() + 1);
  Set(size() - 1, v);
}

void Column::SetForeign(size_t i, const Value& v) {
  if (foreign_.empty()) foreign_.resize(nulls_.size());
  nulls_[i] = 1;
  foreign_[i] = v;
}

const Value* Column::FirstForeign() const {
  for (const Value& v : foreign_) {
    if (!v.is_null()) return &v;
  }
  return nullptr;
}

void Column::AppendFrom(const Column& other, size_t i) {
  if (pruned_) return;
  TALON_DCHECK(other.physical_ == physical_);
  const Value* foreign = other.foreign(i);
  if (foreign != nullptr || !foreign_.empty()) {
    foreign_.resize(nulls_.size());  // the first foreign value of the column
    foreign_.push_back(foreign != nullptr ? *foreign : Value());
  }
  nulls_.push_back(other.nulls_[i]);
  switch (physical_) {
    case PhysicalType::kInt64: ints_.push_back(other.ints_[i]); break;
    case PhysicalType::kDouble: doubles_.push_back(other.doubles_[i]); break;
    case PhysicalType::kString: strings_.push_back(other.strings_[i]); break;
    case PhysicalType::kObject: objects_.push_back(other.objects_[i]); break;
  }
}

void Column::AppendRange(const Column& other, size_t begin, size_t end) {
  if (pruned_) return;
  TALON_DCHECK(other.physical_ == physical_);
  TALON_DCHECK(begin <= end && end <= other.size());
  if (!other.foreign_.empty() || !foreign_.empty()) {
    foreign_.resize(nulls_.size());
    if (other.foreign_.empty()) {
      foreign_.resize(nulls_.size() + (end - begin));
    } else {
      foreign_.insert(foreign_.end(), other.foreign_.begin() + begin, other.foreign_.begin() + end);
    }
  }
  nulls_.insert(nulls_.end(), other.nulls_.begin() + begin, other.nulls_.begin() + end);
  switch (physical_) {
    case PhysicalType::kInt64:
      ints_.insert(ints_.end(), other.ints_.begin() + begin, other.ints_.begin() + end);
      break;
    case PhysicalType::kDouble:
      doubles_.insert(doubles_.end(), other.doubles_.begin() + begin, other.doubles_.begin() + end);
      break;
    case PhysicalType::kString:
      strings_.insert(strings_.end(), other.strings_.begin() + begin, other.strings_.begin() + end);
      break;
    case PhysicalType::kObject:
      objects_.insert(objects_.end(), other.objects_.begin() + begin, other.objects_.begin() + end);
      break;
  }
}

namespace {

// out[base + k] = src[rows[k]], or `null_value` for kNullRow.
template <typename T>
void GatherInto(std::vector<T>& out, const std::vector<T>& src, const uint32_t* rows, size_t n,
                const T& null_value) {
  size_t base = out.size();
  out.resize(base + n);
  T* dst = out.data() + base;
  const T* from = src.data();
  for (size_t k = 0; k < n; ++k) dst[k] = rows[k] == kNullRow ? null_value : from[rows[k]];
}

}  // namespace

void Column::AppendGather(const Column& other, const uint32_t* rows, size_t n) {
  if (pruned_) return;
  TALON_DCHECK(other.physical_ == physical_);
  if (!other.foreign_.empty() || !foreign_.empty()) {
    foreign_.resize(nulls_.size());
    if (other.foreign_.empty()) {
      foreign_.resize(nulls_.size() + n);
    } else {
      GatherInto(foreign_, other.foreign_, rows, n, Value());
    }
  }
  GatherInto(nulls_, other.nulls_, rows, n, uint8_t{1});
  switch (physical_) {
    case PhysicalType::kInt64: GatherInto(ints_, other.ints_, rows, n, int64_t{0}); break;
    case PhysicalType::kDouble: GatherInto(doubles_, other.doubles_, rows, n, 0.0); break;
    case PhysicalType::kString: {
      size_t base = strings_.size();
      strings_.reserve(base + n);
      for (size_t k = 0; k < n; ++k) {
        if (rows[k] == kNullRow) {
          strings_.emplace_back();
        } else {
          strings_.push_back(other.strings_[rows[k]]);
        }
      }
      break;
    }
    case PhysicalType::kObject: GatherInto(objects_, other.objects_, rows, n, Value()); break;
  }
}

}  // namespace talon::exec
