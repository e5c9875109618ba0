// Incremental aggregations: `define aggregation A from S select ... group by ...
// aggregate [by ts] every sec ... year` (Siddhi's AggregationParser), and the
// `within ... per ...` clause of the joins and on-demand queries that read one
// (AggregationRuntime.compileExpression).
#include <algorithm>
#include <set>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "frontend/analyzer.h"

namespace talon::frontend {

namespace {

using Duration = bound::AggregationDuration;
using IncrementalKind = bound::IncrementalAggregate::Kind;

// The aggregators an aggregation keeps incrementally (Siddhi's incrementalAggregator:*
// extensions). Others (stdDev, and, ...) cannot be merged across buckets.
std::optional<IncrementalKind> IncrementalKindOf(std::string_view name) {
  if (name == "sum") return IncrementalKind::kSum;
  if (name == "count") return IncrementalKind::kCount;
  if (name == "avg") return IncrementalKind::kAvg;
  if (name == "min") return IncrementalKind::kMin;
  if (name == "max") return IncrementalKind::kMax;
  if (name == "distinctCount") return IncrementalKind::kDistinctCount;
  return std::nullopt;
}

std::optional<Duration> DurationOf(std::string_view canonical) {
  if (canonical == "sec") return Duration::kSeconds;
  if (canonical == "min") return Duration::kMinutes;
  if (canonical == "hour") return Duration::kHours;
  if (canonical == "day") return Duration::kDays;
  if (canonical == "month") return Duration::kMonths;
  if (canonical == "year") return Duration::kYears;
  return std::nullopt;  // week / millisec: the AST builder has reported them
}

// Expression.Time.normalizeDuration: the names `per` accepts.
std::optional<Duration> PerDuration(std::string_view text) {
  std::string name = absl::AsciiStrToLower(std::string(text));
  if (name == "sec" || name == "second" || name == "seconds") return Duration::kSeconds;
  if (name == "min" || name == "minute" || name == "minutes") return Duration::kMinutes;
  if (name == "h" || name == "hour" || name == "hours") return Duration::kHours;
  if (name == "day" || name == "days") return Duration::kDays;
  if (name == "month" || name == "months") return Duration::kMonths;
  if (name == "year" || name == "years") return Duration::kYears;
  return std::nullopt;
}

std::string TypeText(Type type) { return std::string(TypeName(type)); }

}  // namespace

void Analyzer::DefineAggregation(const ast::AggregationDef& def) {
  SourceSpan name_span = def.name_span.empty() ? def.span : def.name_span;
  bound::Aggregation agg;
  agg.name = def.name;
  agg.span = name_span;
  const std::string owner = absl::StrCat("aggregation '", def.name, "'");
  const size_t errors_before = diags_.all().size();

  // Annotations Siddhi's AggregationParser acts on. @purge (retention) is accepted: Talon keeps
  // every bucket, which is what a retention longer than the run gives.
  for (const ast::Annotation& annotation : def.annotations) {
    if (EqualsIgnoreCase(annotation.name, "PartitionById")) {
      const ast::AnnotationElement* enable = FindElement(annotation, "enable");
      if (enable == nullptr || EqualsIgnoreCase(enable->value, "true")) {
        // Siddhi: "Configuration 'shardId' not provided for @partitionById annotation".
        diags_.Error(DiagCode::kInvalidAnnotation, annotation.span,
                     absl::StrCat("'@PartitionById' on ", owner,
                                  " needs the 'shardId' configuration, which this engine does "
                                  "not have"));
      }
    } else if (EqualsIgnoreCase(annotation.name, "PrimaryKey")) {
      diags_.Error(DiagCode::kInvalidAnnotation, annotation.span,
                   absl::StrCat(owner, " has a predefined primary key; remove '@PrimaryKey'"));
    } else if (EqualsIgnoreCase(annotation.name, "store")) {
      diags_.Error(DiagCode::kUnsupported, annotation.span,
                   absl::StrCat(owner, " is kept in memory; '@store' is not supported"));
    }
  }

  // The input: a stream and its filters.
  ScopePart part = AnalyzeSingleInput(def.input, InputRole::kQuery, &agg.input);
  SourceSpan input_span = def.input.stream_span.empty() ? def.input.span : def.input.stream_span;
  if (!part.poisoned && agg.input.source != bound::SourceKind::kStream) {
    // Siddhi: "Stream W has not been defined" for anything but a stream.
    diags_.Error(
        DiagCode::kUnknownStream, input_span,
        absl::StrCat(owner, " reads a stream, but '", agg.input.name, "' is a ", part.what));
    part.poisoned = true;
  }
  for (const bound::Handler& h : agg.input.handlers) {
    if (h.kind == bound::Handler::Kind::kWindow) {
      diags_.Error(DiagCode::kInvalidWindow, h.span,
                   absl::StrCat(owner,
                                " aggregates its own buckets; its input cannot have a "
                                "window"));
    }
  }
  Scope scope;
  scope.AddPart(part);

  // group by: attributes of the input.
  for (const ast::ExprPtr& key : def.selector.group_by) {
    if (key->kind != ast::ExprKind::kAttribute) {
      diags_.Error(DiagCode::kGroupBy, key->span,
                   absl::StrCat("'group by' of ", owner, " takes attributes of its input"));
      continue;
    }
    ExprBinder binder(*this, scope, nullptr, "'group by'");
    bound::ExprPtr bound_key = binder.Bind(*key);
    if (bound_key == nullptr) continue;
    agg.group_by.push_back(bound_key->column);
  }

  // aggregate by: the event time, a long or a date string.
  if (def.aggregate_by != nullptr) {
    ExprBinder binder(*this, scope, nullptr, "'aggregate by'");
    agg.timestamp = binder.Bind(*def.aggregate_by);
    if (agg.timestamp != nullptr && agg.timestamp->type != Type::kLong &&
        agg.timestamp->type != Type::kString) {
      // Siddhi: "Aggregation Definition 'A's timestamp attribute expects long or string".
      diags_.Error(
          DiagCode::kTypeMismatch, def.aggregate_by->span,
          absl::StrCat("the 'aggregate by' attribute of ", owner,
                       " must be long (ms) or string, but it is ", TypeText(agg.timestamp->type)));
    }
  }

  // select: incremental aggregators, group-by attributes, and latest values.
  agg.schema.Add("AGG_TIMESTAMP", Type::kLong);
  if (def.selector.select_all) {
    diags_.Error(DiagCode::kSyntaxError, def.selector.span.empty() ? name_span : def.selector.span,
                 absl::StrCat(owner, " must select its attributes; 'select *' is not allowed"));
  }
  for (const ast::OutputAttribute& attribute : def.selector.attributes) {
    const ast::Expr& e = *attribute.expr;
    bound::AggregationOutput out;
    out.name = attribute.alias;
    if (out.name.empty() && e.kind == ast::ExprKind::kAttribute) out.name = e.attribute.name;
    if (out.name.empty()) {
      diags_.Error(DiagCode::kSyntaxError, attribute.span,
                   "this 'select' expression needs a name: add 'as <name>'");
      continue;
    }
    if (agg.schema.IndexOf(out.name)) {
      diags_.Error(DiagCode::kDuplicateAttribute, attribute.span,
                   absl::StrCat(owner, " outputs '", out.name, "' twice"));
      continue;
    }
    std::optional<IncrementalKind> kind;
    if (e.kind == ast::ExprKind::kFunctionCall && e.ns.empty()) kind = IncrementalKindOf(e.name);

    if (kind) {
      out.kind = bound::AggregationOutput::Kind::kAggregate;
      bound::IncrementalAggregate& a = out.aggregate;
      a.kind = *kind;
      if (e.operands.size() > 1) {
        diags_.Error(
            DiagCode::kWrongArgumentCount, e.span,
            absl::StrCat("incremental aggregator '", e.name, "' takes one attribute, but found ",
                         e.operands.size(), " arguments"));
        continue;
      }
      if (e.operands.empty()) {
        if (a.kind != IncrementalKind::kCount) {
          // Siddhi: "Sum incremental attribute aggregation cannot be executed when no
          // parameters are given".
          diags_.Error(DiagCode::kWrongArgumentCount, e.span,
                       absl::StrCat("incremental aggregator '", e.name,
                                    "' needs an attribute to aggregate"));
          continue;
        }
      } else {
        const ast::Expr& arg = *e.operands[0];
        if (arg.kind != ast::ExprKind::kAttribute) {
          diags_.Error(DiagCode::kWrongArgumentType, arg.span,
                       absl::StrCat("incremental aggregator '", e.name,
                                    "' takes an attribute of the input, not an expression"));
          continue;
        }
        ExprBinder binder(*this, scope, nullptr, "an aggregator argument");
        bound::ExprPtr bound_arg = binder.Bind(arg);
        if (bound_arg == nullptr) continue;
        a.column = bound_arg->column;
        a.attribute = arg.attribute.name;
        a.argument_type = bound_arg->type;
      }
      Type t = a.argument_type;
      bool numeric = IsNumeric(t);
      switch (a.kind) {
        case IncrementalKind::kSum:
          out.type = IsIntegral(t) ? Type::kLong : Type::kDouble;
          break;
        case IncrementalKind::kAvg:
          out.type = Type::kDouble;
          break;
        case IncrementalKind::kMin:
        case IncrementalKind::kMax:
          out.type = t;
          break;
        case IncrementalKind::kCount:
        case IncrementalKind::kDistinctCount:
          out.type = Type::kLong;
          break;
      }
      bool type_ok = a.kind == IncrementalKind::kCount ||
                     (a.kind == IncrementalKind::kDistinctCount ? t != Type::kObject : numeric);
      if (!type_ok) {
        // Siddhi: "Min aggregation cannot be executed on attribute type STRING".
        diags_.Error(DiagCode::kWrongArgumentType, e.operands[0]->span,
                     absl::StrCat("incremental aggregator '", e.name, "' cannot aggregate '",
                                  a.attribute, "' of type ", TypeText(t)));
        continue;
      }
    } else if (e.kind == ast::ExprKind::kFunctionCall &&
               catalog_.LookupAggregator(e.ns, e.name, {}).has_value()) {
      // Siddhi: "'stdDev' is neither a incremental attribute aggregator extension or a
      // function extension".
      Diagnostic& d = diags_.Error(DiagCode::kMisplacedAggregator, e.span,
                                   absl::StrCat("'", QualifiedName(e.ns, e.name),
                                                "' cannot be kept incrementally in ", owner));
      d.notes.push_back({"an aggregation selects sum, count, avg, min, max or distinctCount", {}});
      continue;
    } else {
      ExprBinder binder(*this, scope, nullptr, "an aggregation's select");
      bound::ExprPtr expr = binder.Bind(e);
      if (expr == nullptr) continue;
      auto group = std::find(agg.group_by.begin(), agg.group_by.end(), expr->column);
      if (e.kind == ast::ExprKind::kAttribute && expr->kind == bound::ExprKind::kFieldRef &&
          group != agg.group_by.end()) {
        out.kind = bound::AggregationOutput::Kind::kGroupBy;
        out.group_by = static_cast<int>(group - agg.group_by.begin());
      } else {
        out.kind = bound::AggregationOutput::Kind::kLatest;
      }
      out.type = expr->type;
      out.latest = std::move(expr);
      if (out.kind == bound::AggregationOutput::Kind::kGroupBy) out.latest = nullptr;
    }
    agg.schema.Add(out.name, out.type);
    agg.outputs.push_back(std::move(out));
  }

  // every: a list, or a range filled in (AggregationParser.getSortedPeriods).
  std::vector<Duration> durations;
  for (const std::string& unit : def.durations) {
    if (std::optional<Duration> d = DurationOf(unit)) durations.push_back(*d);
  }
  if (def.duration_range && durations.size() == 2) {
    if (durations[0] > durations[1]) {
      diags_.Error(DiagCode::kInvalidArgument, name_span,
                   absl::StrCat("the durations of ", owner,
                                " must run from the shorter to the "
                                "longer, but found '",
                                def.durations[0], " ... ", def.durations[1], "'"));
    }
    std::vector<Duration> filled;
    for (int d = static_cast<int>(durations[0]); d <= static_cast<int>(durations[1]); ++d) {
      filled.push_back(static_cast<Duration>(d));
    }
    durations = std::move(filled);
  }
  std::sort(durations.begin(), durations.end());
  durations.erase(std::unique(durations.begin(), durations.end()), durations.end());
  agg.durations = std::move(durations);
  if (agg.durations.empty() && def.durations.empty()) {
    diags_.Error(DiagCode::kSyntaxError, def.span,
                 absl::StrCat(owner, " needs 'every <durations>'"));
  }

  Definition d{DefKind::kAggregation, static_cast<int>(app_.aggregations.size()), name_span};
  d.poisoned = diags_.all().size() != errors_before;
  if (!Claim(def.name, d, name_span, "aggregation")) return;
  app_.aggregations.push_back(std::move(agg));
}

bool Analyzer::AnalyzeAggregationRead(const ast::Expr* within_start, const ast::Expr* within_end,
                                      const ast::Expr* per, const Scope& scope, SourceSpan at,
                                      std::string_view aggregation, bound::AggregationRead* out) {
  bool ok = true;
  const std::string what = absl::StrCat("reading aggregation '", std::string(aggregation), "'");
  if (per == nullptr) {
    // Siddhi: "Syntax Error: Aggregation join query must contain a `per` definition for
    // granularity".
    diags_.Error(DiagCode::kSyntaxError, at,
                 absl::StrCat(what, " needs 'per <duration>', e.g. per 'hours'"));
    ok = false;
  } else {
    ExprBinder binder(*this, scope, nullptr, "'per'");
    out->per = binder.Bind(*per);
    if (out->per == nullptr) {
      ok = false;
    } else if (out->per->type != Type::kString) {
      // Siddhi: "Query ...'s per value expected a string but found INT".
      diags_.Error(DiagCode::kTypeMismatch, per->span,
                   absl::StrCat("'per' must be a string such as 'hours', but it is ",
                                TypeText(out->per->type)));
      ok = false;
    } else if (out->per->IsConstant() && !out->per->value.is_null() &&
               !PerDuration(out->per->value.string_value())) {
      // Siddhi: "Aggregation Query's per value is expected to be of a valid time function of
      // the following SECONDS, MINUTES, HOURS, DAYS, MONTHS, YEARS."
      diags_.Error(DiagCode::kInvalidArgument, per->span,
                   absl::StrCat("'per' must name a duration (seconds, minutes, hours, days, "
                                "months or years), but found '",
                                out->per->value.string_value(), "'"));
      ok = false;
    }
  }
  if (within_start == nullptr) {
    // Siddhi: "Syntax Error : Aggregation read query must contain a `within` definition".
    diags_.Error(DiagCode::kSyntaxError, at,
                 absl::StrCat(what, " needs 'within <start>, <end>' or 'within <pattern>'"));
    return false;
  }
  auto bind_bound = [&](const ast::Expr& e, std::string_view which, bool single) {
    ExprBinder binder(*this, scope, nullptr, "'within'");
    bound::ExprPtr b = binder.Bind(e);
    if (b == nullptr) {
      ok = false;
      return b;
    }
    bool fits = b->type == Type::kString || (!single && b->type == Type::kLong);
    if (!fits) {
      // IncrementalStartTimeEndTimeFunctionExecutor: "Only string and long types are
      // supported as second value of within clause".
      diags_.Error(DiagCode::kTypeMismatch, e.span,
                   single ? absl::StrCat("a single 'within' value must be a string such as "
                                         "'2017-06-** **:**:**', but it is ",
                                         TypeText(b->type))
                          : absl::StrCat("the ", std::string(which),
                                         " of 'within' must be a long (ms) or a string, but it "
                                         "is ",
                                         TypeText(b->type)));
      ok = false;
    }
    return b;
  };
  bool single = within_end == nullptr;
  out->within_start = bind_bound(*within_start, "start", single);
  if (!single) out->within_end = bind_bound(*within_end, "end", false);
  return ok;
}

}  // namespace talon::frontend
