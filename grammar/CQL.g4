/*
 * CQL.g4 -- Talon's grammar for the Siddhi 5.1 query language (CQL).
 *
 * The language accepted here follows Siddhi 5.1's SiddhiQL.g4 (siddhi-io/siddhi,
 * Apache-2.0) closely; the structure is Talon's own, reshaped so that a C++
 * parse-tree -> AST builder can read it without a visitor:
 *   - every rule whose alternatives the builder must tell apart has labelled
 *     alternatives (`# Name` -> a `NameContext` subclass, use dynamic_cast);
 *   - operands are named with element labels (left=, right=, op=, operand=, ...);
 *   - no actions, no semantic predicates, no @members: the file is target-neutral.
 *
 * Where this grammar accepts MORE than Siddhi (so that the frontend can give a
 * better diagnostic than "syntax error"), the rule comment says "builder checks".
 * See grammar/README.md for the contract with the AST builder.
 */

grammar CQL;

// =====================================================================
// Start rules
// =====================================================================

// A whole Siddhi app. Definitions and execution elements may appear in any
// order (Siddhi requires all definitions first: builder checks), separated
// by ';', with an optional trailing ';'.
siddhi_app
    : app_annotation* app_element (SCOL app_element)* SCOL? EOF
    ;

// An on-demand (store) query, as given to SiddhiAppRuntime.query(...).
store_query_final
    : store_query SCOL? EOF
    ;

// A single expression (tests, REPL).
expression_final
    : expression EOF
    ;

// Unlabelled: exactly one of the accessors is non-null.
app_element
    : definition_stream
    | definition_table
    | definition_window
    | definition_trigger
    | definition_function
    | definition_aggregation
    | query
    | partition
    ;

// =====================================================================
// Annotations
// =====================================================================

// `@app:name('x')`, `@App:playback`, also the obsolete `@plan:name('x')`:
// any namespace parses; builder checks that it is `app` (case-insensitive).
app_annotation
    : AT_SYMBOL ns=name COL ann_name=name
      (LPAREN annotation_element (COMMA annotation_element)* RPAREN)?
    ;

// `@info(name='q1')`, `@PrimaryKey('a','b')`, `@async(buffer.size='64')`,
// `@source(type='x', @map(type='json', @attributes(a='x')))`.
// Elements and nested annotations may be interleaved; walk `children` to keep
// their order, or use annotation_element() / annotation() lists.
annotation
    : AT_SYMBOL ann_name=name
      (LPAREN (annotation_element | annotation) (COMMA (annotation_element | annotation))* RPAREN)?
    ;

// Value is always a string literal (as in Siddhi); key is optional.
annotation_element
    : (key=property_name ASSIGN)? value=STRING_LITERAL
    ;

// `buffer.size`, `idle-time`, `a:b`, or a quoted key `'my key'`.
// Key text = concatenation of the name and separator texts (ctx->getText()
// for the dotted form; strip quotes for the string form).
property_name
    : name (property_separator name)*
    | key_string=STRING_LITERAL
    ;

property_separator
    : DOT | MINUS | COL
    ;

// =====================================================================
// Definitions
// =====================================================================

// source allows `#S`/`!S` as in Siddhi; builder rejects inner/fault here.
definition_stream
    : annotation* DEFINE STREAM source attribute_definitions
    ;

definition_table
    : annotation* DEFINE TABLE source attribute_definitions
    ;

// `define window W (a int) length(5) output all events`
definition_window
    : annotation* DEFINE WINDOW source attribute_definitions window_function=function_operation
      (OUTPUT output_event_type)?
    ;

attribute_definitions
    : LPAREN attribute_definition (COMMA attribute_definition)* RPAREN
    ;

attribute_definition
    : attr_name=name attribute_type
    ;

// Read the type from ctx->getStart()->getType().
attribute_type
    : STRING | INT | LONG | FLOAT | DOUBLE | BOOL | OBJECT
    ;

// `define trigger T at every 5 sec` | `at 'start'` | `at '*/5 * * * * ?'`.
// Exactly one of time_value() / at_string is set. No annotations (as in Siddhi).
definition_trigger
    : DEFINE TRIGGER trigger_name=name AT (EVERY time_value | at_string=STRING_LITERAL)
    ;

// `define function f[javascript] return int { ... }`; body is one SCRIPT
// token including the outer braces. No annotations (as in Siddhi).
definition_function
    : DEFINE FUNCTION function_name=name LBRACK language=name RBRACK
      RETURN attribute_type body=SCRIPT
    ;

// `define aggregation A from S select ... group by ... aggregate by ts every sec ... year`
definition_aggregation
    : annotation* DEFINE AGGREGATION aggregation_name=name
      FROM standard_stream aggregation_selection
      AGGREGATE (BY timestamp_attr=attribute_reference)? EVERY aggregation_time
    ;

aggregation_selection
    : SELECT (star=STAR | output_attribute (COMMA output_attribute)*) group_by?
    ;

// Siddhi supports only sec..year here (no millisec, no week): builder checks.
aggregation_time
    : from_unit=time_unit TRIPLE_DOT to_unit=time_unit      # AggregationTimeRange
    | time_unit (COMMA time_unit)*                          # AggregationTimeList
    ;

// =====================================================================
// Partitions
// =====================================================================

partition
    : annotation* PARTITION WITH LPAREN partition_with_stream (COMMA partition_with_stream)* RPAREN
      BEGIN query (SCOL query)* SCOL? END
    ;

partition_with_stream
    : condition_range (OR condition_range)* OF stream_name=name   # RangePartition
    | key=expression OF stream_name=name                          # ValuePartition
    ;

// `price < 100 as 'low'`
condition_range
    : condition=expression AS range_label=STRING_LITERAL
    ;

// =====================================================================
// Queries
// =====================================================================

// query_section absent == `select *`.
query
    : annotation* FROM query_input query_section? output_rate? query_output
    ;

// Unlabelled: exactly one accessor is non-null. A single stream with only
// filters/functions is also a one-element pattern; ANTLR resolves that
// (by design, as in Siddhi) to standard_stream.
query_input
    : standard_stream
    | join_stream
    | pattern_stream
    | sequence_stream
    ;

// `S`, `#S`, `!S`, with filters/stream functions, at most one window, and
// more filters/stream functions after the window.
// (No `as alias` on a single stream: Siddhi rejects it, and so do we.)
standard_stream
    : source pre_window_handlers=stream_handlers? (window post_window_handlers=stream_handlers?)?
    ;

stream_handlers
    : stream_handler+
    ;

// Unlabelled: filter() or stream_function() is non-null.
stream_handler
    : filter
    | stream_function
    ;

// `[expr]` (Siddhi also accepts `#[expr]`)
filter
    : HASH? LBRACK condition=expression RBRACK
    ;

// `#ns:name(args)` / `#name(args)`
stream_function
    : HASH function_operation
    ;

// `#window.name(args)` / `#window.ns:name(args)`
window
    : HASH WINDOW DOT function_operation
    ;

// `S`, `#S` (partition inner stream), `!S` (fault stream)
source
    : (inner=HASH | fault=BANG)? stream_name=name
    ;

// ---------------------------------------------------------------------
// Joins
// ---------------------------------------------------------------------

join_stream
    : left_source=join_source
      ( join_type right_source=join_source right_unidirectional=UNIDIRECTIONAL?
      | left_unidirectional=UNIDIRECTIONAL join_type right_source=join_source
      )
      (ON on_condition=expression)?
      (within_time_range per_clause)?
    ;

join_source
    : source stream_handlers? window? (AS alias=name)?
    ;

// Bare `outer join` parses (as in Siddhi's grammar); builder rejects it with
// "only FULL OUTER JOIN, RIGHT OUTER JOIN, LEFT OUTER JOIN are supported".
join_type
    : LEFT OUTER JOIN          # LeftOuterJoin
    | RIGHT OUTER JOIN         # RightOuterJoin
    | FULL OUTER JOIN          # FullOuterJoin
    | OUTER JOIN               # BareOuterJoin
    | INNER? JOIN              # InnerJoin
    ;

// ---------------------------------------------------------------------
// Patterns:  every e1=A[..] -> e2=B<2:5> -> not C for 1 sec -> ... within 10 min
// ---------------------------------------------------------------------

pattern_stream
    : pattern_chain within_time?
    ;

pattern_chain
    : pattern_element (FOLLOWED_BY pattern_element)*
    ;

// `every` may prefix any element; Siddhi does not allow `every` nested inside
// an `every (...)` group: builder checks.
pattern_element
    : every=EVERY? LPAREN pattern_chain RPAREN       # GroupedPatternElement
    | every=EVERY? pattern_source                    # SourcePatternElement
    ;

pattern_source
    : left=logical_operand op=(AND | OR) right=logical_operand   # LogicalPatternSource
    | stateful_source LT collect GT                              # CountingPatternSource
    | NOT basic_source for_time                                  # AbsentPatternSource
    | stateful_source                                            # StandardPatternSource
    ;

// Operand of `and`/`or` in patterns and sequences. Siddhi allows `not X`
// without `for` only with `and`; `or` needs `not X for t`: builder checks.
logical_operand
    : stateful_source                   # PresentLogicalOperand
    | NOT basic_source for_time?        # AbsentLogicalOperand
    ;

// `e1=S[filter]#fn()` -- event reference is optional.
stateful_source
    : (event=name ASSIGN)? basic_source
    ;

// Pattern/sequence sources have filters and stream functions, no window.
basic_source
    : source stream_handlers?
    ;

// `<n>`, `<n:m>`, `<n:>`, `<:m>`
collect
    : exact=INT_LITERAL                                  # ExactCollect
    | min_count=INT_LITERAL COL max_count=INT_LITERAL    # RangeCollect
    | min_count=INT_LITERAL COL                          # MinCollect
    | COL max_count=INT_LITERAL                          # MaxCollect
    ;

// ---------------------------------------------------------------------
// Sequences:  every e1=A, e2=B+, e3=C*, e4=D?, not E for 1 sec within 5 sec
// ---------------------------------------------------------------------

// At least two elements at the top level (one element is a pattern).
sequence_stream
    : sequence_element (COMMA sequence_element)+ within_time?
    ;

// Siddhi allows `every` only on the first element: builder checks.
sequence_element
    : every=EVERY? LPAREN sequence_element (COMMA sequence_element)* RPAREN   # GroupedSequenceElement
    | every=EVERY? sequence_source                                           # SourceSequenceElement
    ;

sequence_source
    : left=logical_operand op=(AND | OR) right=logical_operand   # LogicalSequenceSource
    | stateful_source LT collect GT                              # CountingSequenceSource
    | stateful_source quantifier=(STAR | PLUS | QUESTION)        # QuantifiedSequenceSource
    | NOT basic_source for_time                                  # AbsentSequenceSource
    | stateful_source                                            # StandardSequenceSource
    ;

// ---------------------------------------------------------------------
// Selection
// ---------------------------------------------------------------------

query_section
    : SELECT (star=STAR | output_attribute (COMMA output_attribute)*)
      group_by? having? order_by? limit? offset?
    ;

// `expr as name` or a bare attribute reference (`x`, `S.x`, `e1[0].x`);
// `select price * 2` without `as` is a syntax error, as in Siddhi.
output_attribute
    : expression AS alias=name          # AliasedOutputAttribute
    | attribute_reference               # ReferenceOutputAttribute
    ;

group_by
    : GROUP BY attribute_reference (COMMA attribute_reference)*
    ;

having
    : HAVING condition=expression
    ;

order_by
    : ORDER BY order_by_reference (COMMA order_by_reference)*
    ;

order_by_reference
    : attribute_reference direction=(ASC | DESC)?
    ;

limit
    : LIMIT value=expression
    ;

offset
    : OFFSET value=expression
    ;

// ---------------------------------------------------------------------
// Output rate limiting
// ---------------------------------------------------------------------

output_rate
    : OUTPUT rate_type=(ALL | LAST | FIRST)? EVERY event_count=INT_LITERAL EVENTS   # EventOutputRate
    | OUTPUT rate_type=(ALL | LAST | FIRST)? EVERY time_value                       # TimeOutputRate
    | OUTPUT SNAPSHOT EVERY time_value                                              # SnapshotOutputRate
    ;

// ---------------------------------------------------------------------
// Query output
// ---------------------------------------------------------------------

query_output
    : INSERT output_event_type? INTO target                                           # InsertIntoOutput
    | DELETE target (FOR output_event_type)? (ON on_condition=expression)?             # DeleteOutput
    | UPDATE OR INSERT INTO target (FOR output_event_type)? set_clause?
      ON on_condition=expression                                                      # UpdateOrInsertOutput
    | UPDATE target (FOR output_event_type)? set_clause? ON on_condition=expression    # UpdateOutput
    | RETURN output_event_type?                                                       # ReturnOutput
    ;

target
    : source
    ;

// `insert into` == current events.
output_event_type
    : ALL EVENTS            # AllEventsType
    | EXPIRED EVENTS        # ExpiredEventsType
    | CURRENT? EVENTS       # CurrentEventsType
    ;

set_clause
    : SET set_assignment (COMMA set_assignment)*
    ;

set_assignment
    : attribute_reference ASSIGN value=expression
    ;

// =====================================================================
// On-demand (store) queries
// =====================================================================

store_query
    : FROM store_input query_section?                                                    # FindStoreQuery
    | query_section INSERT INTO target                                                   # InsertStoreQuery
    | query_section UPDATE OR INSERT INTO target set_clause? ON on_condition=expression   # UpdateOrInsertStoreQuery
    | query_section? DELETE target (ON on_condition=expression)?                          # DeleteStoreQuery
    | query_section? UPDATE target set_clause? ON on_condition=expression                 # UpdateStoreQuery
    ;

// `T`, `T as t on cond`, `Agg on cond within '2017-**', '...' per 'hours'`
store_input
    : source_name=name (AS alias=name)? (ON on_condition=expression)? (within_time_range per_clause)?
    ;

// =====================================================================
// Time clauses
// =====================================================================

// pattern / sequence `within 10 min`
within_time
    : WITHIN time_value
    ;

// absent pattern `not S for 1 sec`
for_time
    : FOR time_value
    ;

// join with aggregation / store query: `within 'start'[, 'end']`
within_time_range
    : WITHIN range_start=expression (COMMA range_end=expression)?
    ;

per_clause
    : PER value=expression
    ;

// =====================================================================
// Expressions
// =====================================================================
// Precedence, tightest first (same as Siddhi 5.1):
//   primaries; `x is null`; unary - +; not; * / %; + -; < <= > >=; == !=;
//   `in Table`; and; or.
// NOTE: as in Siddhi, `not` binds tighter than comparison:
//   `not a == b` is `(not a) == b`; write `not (a == b)`.

expression
    : LPAREN inner=expression RPAREN                                  # ParenExpr
    | stream_reference IS NULL_                                       # IsNullStreamExpr
    | function_operation                                              # FunctionCallExpr
    | attribute_reference                                             # AttributeRefExpr
    | constant                                                        # ConstantExpr
    | operand=expression IS NULL_                                     # IsNullExpr
    | MINUS operand=expression                                        # UnaryMinus
    | PLUS operand=expression                                         # UnaryPlus
    | NOT operand=expression                                          # NotExpr
    | left=expression op=(STAR | DIV | MOD) right=expression          # MulDivModExpr
    | left=expression op=(PLUS | MINUS) right=expression              # AddSubExpr
    | left=expression op=(GT_EQ | LT_EQ | GT | LT) right=expression   # CompareExpr
    | left=expression op=(EQ | NOT_EQ) right=expression               # EqualityExpr
    | operand=expression IN table_name=name                           # InExpr
    | left=expression AND right=expression                            # AndExpr
    | left=expression OR right=expression                             # OrExpr
    ;

// `f()`, `f(x, y)`, `ns:f(x)`, `count(*)` (star is set; builder decides).
function_operation
    : (ns=name COL)? function_name=name LPAREN function_args? RPAREN
    ;

function_args
    : star=STAR
    | expression (COMMA expression)*
    ;

// Only the forms that cannot be an attribute: `#S is null`, `!S is null`,
// `e1[0] is null`, `e1[last] is null`. A bare `e1 is null` parses as
// IsNullExpr(AttributeRefExpr e1): the builder decides (as Siddhi does) whether
// `e1` names a stream/event in scope or an attribute.
stream_reference
    : (hash=HASH | fault=BANG) stream_name=name (LBRACK stream_index=attribute_index RBRACK)?
    | stream_name=name LBRACK stream_index=attribute_index RBRACK
    ;

// `a` | `S.a` | `e1.a` | `e1[0].a` | `e1[last].a` | `e1[last-1].a` | `#S.a` | `!S.a`
// and Siddhi's rare `S#fn.a` / `S[0]#fn[1].a` form (function_id set).
// Unqualified iff stream_name is null.
attribute_reference
    : (hash=HASH | fault=BANG)? stream_name=name (LBRACK stream_index=attribute_index RBRACK)?
      (fn_hash=HASH function_id=name (LBRACK function_index=attribute_index RBRACK)?)?
      DOT attribute_name=name
    | attribute_name=name
    ;

attribute_index
    : index=INT_LITERAL                         # NumericIndex
    | LAST (MINUS last_offset=INT_LITERAL)?     # LastIndex
    ;

// =====================================================================
// Constants
// =====================================================================

// Numeric constants are unsigned here; `-5` is UnaryMinus(IntConstant 5)
// (builder folds it; mind -2147483648 / -9223372036854775808L).
// Siddhi 5.1 has no null literal: NullConstant parses, builder decides.
constant
    : time_value           # TimeConstant
    | INT_LITERAL          # IntConstant
    | LONG_LITERAL         # LongConstant
    | FLOAT_LITERAL        # FloatConstant
    | DOUBLE_LITERAL       # DoubleConstant
    | (TRUE | FALSE)       # BoolConstant
    | STRING_LITERAL       # StringConstant
    | NULL_                # NullConstant
    ;

// `1 hour 5 sec`, `500 millisec`: one or more (int unit) pairs. Siddhi
// requires descending unit order without repeats: builder checks.
time_value
    : time_value_part+
    ;

time_value_part
    : amount=INT_LITERAL time_unit
    ;

// Read the unit from ctx->getStart()->getType().
time_unit
    : YEARS | MONTHS | WEEKS | DAYS | HOURS | MINUTES | SECONDS | MILLISECONDS
    ;

// =====================================================================
// Names
// =====================================================================

// Keywords double as identifiers (as in Siddhi), except NOT, NULL, TRUE and
// FALSE, which would make expressions ambiguous.
name
    : id
    | keyword
    ;

// ID_QUOTES keeps its backticks in the token text: builder strips them.
id
    : ID
    | ID_QUOTES
    ;

keyword
    : STREAM | DEFINE | FUNCTION | TRIGGER | TABLE | FROM | PARTITION | WINDOW
    | SELECT | GROUP | BY | ORDER | LIMIT | OFFSET | ASC | DESC | HAVING
    | INSERT | DELETE | UPDATE | SET | RETURN | EVENTS | INTO | OUTPUT
    | EXPIRED | CURRENT | SNAPSHOT | FOR | RAW | OF | AS | AT | OR | AND | IN
    | ON | IS | WITHIN | WITH | BEGIN | END | EVERY | LAST | ALL | FIRST
    | JOIN | INNER | OUTER | RIGHT | LEFT | FULL | UNIDIRECTIONAL
    | YEARS | MONTHS | WEEKS | DAYS | HOURS | MINUTES | SECONDS | MILLISECONDS
    | STRING | INT | LONG | FLOAT | DOUBLE | BOOL | OBJECT
    | AGGREGATION | AGGREGATE | PER
    ;

// =====================================================================
// Lexer
// =====================================================================

// ---- punctuation ----
COL         : ':';
SCOL        : ';';
TRIPLE_DOT  : '...';
DOT         : '.';
LPAREN      : '(';
RPAREN      : ')';
LBRACK      : '[';
RBRACK      : ']';
COMMA       : ',';
ASSIGN      : '=';
STAR        : '*';
PLUS        : '+';
QUESTION    : '?';
MINUS       : '-';
DIV         : '/';
MOD         : '%';
LT          : '<';
LT_EQ       : '<=';
GT          : '>';
GT_EQ       : '>=';
EQ          : '==';
NOT_EQ      : '!=';
BANG        : '!';
AT_SYMBOL   : '@';
FOLLOWED_BY : '->';
HASH        : '#';

// ---- keywords (case-insensitive) ----
STREAM      : S T R E A M;
DEFINE      : D E F I N E;
FUNCTION    : F U N C T I O N;
TRIGGER     : T R I G G E R;
TABLE       : T A B L E;
FROM        : F R O M;
PARTITION   : P A R T I T I O N;
WINDOW      : W I N D O W;
SELECT      : S E L E C T;
GROUP       : G R O U P;
BY          : B Y;
ORDER       : O R D E R;
LIMIT       : L I M I T;
OFFSET      : O F F S E T;
ASC         : A S C;
DESC        : D E S C;
HAVING      : H A V I N G;
INSERT      : I N S E R T;
DELETE      : D E L E T E;
UPDATE      : U P D A T E;
SET         : S E T;
RETURN      : R E T U R N;
EVENTS      : E V E N T S;
INTO        : I N T O;
OUTPUT      : O U T P U T;
EXPIRED     : E X P I R E D;
CURRENT     : C U R R E N T;
SNAPSHOT    : S N A P S H O T;
FOR         : F O R;
RAW         : R A W;
OF          : O F;
AS          : A S;
AT          : A T;
OR          : O R;
AND         : A N D;
IN          : I N;
ON          : O N;
IS          : I S;
NOT         : N O T;
WITHIN      : W I T H I N;
WITH        : W I T H;
BEGIN       : B E G I N;
END         : E N D;
NULL_       : N U L L;
EVERY       : E V E R Y;
LAST        : L A S T;
ALL         : A L L;
FIRST       : F I R S T;
JOIN        : J O I N;
INNER       : I N N E R;
OUTER       : O U T E R;
RIGHT       : R I G H T;
LEFT        : L E F T;
FULL        : F U L L;
UNIDIRECTIONAL : U N I D I R E C T I O N A L;
AGGREGATION : A G G R E G A T I O N;
AGGREGATE   : A G G R E G A T E;
PER         : P E R;
TRUE        : T R U E;
FALSE       : F A L S E;

// types
STRING      : S T R I N G;
INT         : I N T;
LONG        : L O N G;
FLOAT       : F L O A T;
DOUBLE      : D O U B L E;
BOOL        : B O O L;
OBJECT      : O B J E C T;

// time units, exactly Siddhi's spellings:
//   year(s) month(s) week(s) day(s) hour(s) min minute(s) sec second(s)
//   millisec millisecond(s)
YEARS        : Y E A R S?;
MONTHS       : M O N T H S?;
WEEKS        : W E E K S?;
DAYS         : D A Y S?;
HOURS        : H O U R S?;
MINUTES      : M I N (U T E S?)?;
SECONDS      : S E C (O N D S?)?;
MILLISECONDS : M I L L I S E C (O N D S?)?;

// ---- literals ----
INT_LITERAL
    : DIGIT+
    ;

LONG_LITERAL
    : DIGIT+ L
    ;

FLOAT_LITERAL
    : DIGIT+ ('.' DIGIT*)? EXPONENT? F
    | DIGIT* '.' DIGIT+ EXPONENT? F
    ;

DOUBLE_LITERAL
    : DIGIT+ ('.' DIGIT*)? EXPONENT? D
    | DIGIT+ ('.' DIGIT*)? EXPONENT D?
    | DIGIT* '.' DIGIT+ EXPONENT? D?
    ;

// Token text keeps the quotes and any backslashes. A backslash always takes
// the next character with it, so '\'' and "a\"b" are single tokens. Siddhi
// does not unescape '...' or "..." (regex patterns rely on that); it
// Java-unescapes """...""" (which may not contain newlines in Siddhi, but may
// here).
STRING_LITERAL
    : '"""' .*? '"""'
    | '\'' (~['\\\r\n] | '\\' ~[\r\n])* '\''
    | '"' (~["\\\r\n] | '\\' ~[\r\n])* '"'
    ;

// `backquoted` identifier: token text keeps the backticks.
ID_QUOTES
    : '`' ~[`\r\n]* '`'
    ;

ID
    : [a-zA-Z_] [a-zA-Z_0-9]*
    ;

// Body of `define function`: balanced braces, with strings and comments
// skipped so that braces inside them do not count.
SCRIPT
    : '{' SCRIPT_ATOM* '}'
    ;

// ---- hidden ----
SINGLE_LINE_COMMENT
    : '--' ~[\r\n]* -> channel(HIDDEN)
    ;

MULTILINE_COMMENT
    : '/*' .*? ('*/' | EOF) -> channel(HIDDEN)
    ;

SPACES
    : [ \u000B\t\r\n\f]+ -> channel(HIDDEN)
    ;

// Anything else becomes a token the parser rejects with a located error.
UNEXPECTED_CHAR
    : .
    ;

// ---- fragments ----
fragment SCRIPT_ATOM
    : ~[{}"'/]
    | '"' (~["\\] | '\\' .)* '"'
    | '\'' (~['\\] | '\\' .)* '\''
    | '//' ~[\r\n]*
    | '/*' .*? '*/'
    | '/'
    | SCRIPT
    ;

fragment EXPONENT : E [-+]? DIGIT+;
fragment DIGIT    : [0-9];

fragment A : [aA];
fragment B : [bB];
fragment C : [cC];
fragment D : [dD];
fragment E : [eE];
fragment F : [fF];
fragment G : [gG];
fragment H : [hH];
fragment I : [iI];
fragment J : [jJ];
fragment K : [kK];
fragment L : [lL];
fragment M : [mM];
fragment N : [nN];
fragment O : [oO];
fragment P : [pP];
fragment Q : [qQ];
fragment R : [rR];
fragment S : [sS];
fragment T : [tT];
fragment U : [uU];
fragment V : [vV];
fragment W : [wW];
fragment X : [xX];
fragment Y : [yY];
fragment Z : [zZ];
