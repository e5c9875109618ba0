
// Generated from CQL.g4 by ANTLR 4.7.2

#pragma once


#include "antlr4-runtime.h"


namespace talon::grammar {


class  CQLParser : public antlr4::Parser {
public:
  enum {
    COL = 1, SCOL = 2, TRIPLE_DOT = 3, DOT = 4, LPAREN = 5, RPAREN = 6, 
    LBRACK = 7, RBRACK = 8, COMMA = 9, ASSIGN = 10, STAR = 11, PLUS = 12, 
    QUESTION = 13, MINUS = 14, DIV = 15, MOD = 16, LT = 17, LT_EQ = 18, 
    GT = 19, GT_EQ = 20, EQ = 21, NOT_EQ = 22, BANG = 23, AT_SYMBOL = 24, 
    FOLLOWED_BY = 25, HASH = 26, STREAM = 27, DEFINE = 28, FUNCTION = 29, 
    TRIGGER = 30, TABLE = 31, FROM = 32, PARTITION = 33, WINDOW = 34, SELECT = 35, 
    GROUP = 36, BY = 37, ORDER = 38, LIMIT = 39, OFFSET = 40, ASC = 41, 
    DESC = 42, HAVING = 43, INSERT = 44, DELETE = 45, UPDATE = 46, SET = 47, 
    RETURN = 48, EVENTS = 49, INTO = 50, OUTPUT = 51, EXPIRED = 52, CURRENT = 53, 
    SNAPSHOT = 54, FOR = 55, RAW = 56, OF = 57, AS = 58, AT = 59, OR = 60, 
    AND = 61, IN = 62, ON = 63, IS = 64, NOT = 65, WITHIN = 66, WITH = 67, 
    BEGIN = 68, END = 69, NULL_ = 70, EVERY = 71, LAST = 72, ALL = 73, FIRST = 74, 
    JOIN = 75, INNER = 76, OUTER = 77, RIGHT = 78, LEFT = 79, FULL = 80, 
    UNIDIRECTIONAL = 81, AGGREGATION = 82, AGGREGATE = 83, PER = 84, TRUE = 85, 
    FALSE = 86, STRING = 87, INT = 88, LONG = 89, FLOAT = 90, DOUBLE = 91, 
    BOOL = 92, OBJECT = 93, YEARS = 94, MONTHS = 95, WEEKS = 96, DAYS = 97, 
    HOURS = 98, MINUTES = 99, SECONDS = 100, MILLISECONDS = 101, INT_LITERAL = 102, 
    LONG_LITERAL = 103, FLOAT_LITERAL = 104, DOUBLE_LITERAL = 105, STRING_LITERAL = 106, 
    ID_QUOTES = 107, ID = 108, SCRIPT = 109, SINGLE_LINE_COMMENT = 110, 
    MULTILINE_COMMENT = 111, SPACES = 112, UNEXPECTED_CHAR = 113
  };

  enum {
    RuleSiddhi_app = 0, RuleStore_query_final = 1, RuleExpression_final = 2, 
    RuleApp_element = 3, RuleApp_annotation = 4, RuleAnnotation = 5, RuleAnnotation_element = 6, 
    RuleProperty_name = 7, RuleProperty_separator = 8, RuleDefinition_stream = 9, 
    RuleDefinition_table = 10, RuleDefinition_window = 11, RuleAttribute_definitions = 12, 
    RuleAttribute_definition = 13, RuleAttribute_type = 14, RuleDefinition_trigger = 15, 
    RuleDefinition_function = 16, RuleDefinition_aggregation = 17, RuleAggregation_selection = 18, 
    RuleAggregation_time = 19, RulePartition = 20, RulePartition_with_stream = 21, 
    RuleCondition_range = 22, RuleQuery = 23, RuleQuery_input = 24, RuleStandard_stream = 25, 
    RuleStream_handlers = 26, RuleStream_handler = 27, RuleFilter = 28, 
    RuleStream_function = 29, RuleWindow = 30, RuleSource = 31, RuleJoin_stream = 32, 
    RuleJoin_source = 33, RuleJoin_type = 34, RulePattern_stream = 35, RulePattern_chain = 36, 
    RulePattern_element = 37, RulePattern_source = 38, RuleLogical_operand = 39, 
    RuleStateful_source = 40, RuleBasic_source = 41, RuleCollect = 42, RuleSequence_stream = 43, 
    RuleSequence_element = 44, RuleSequence_source = 45, RuleQuery_section = 46, 
    RuleOutput_attribute = 47, RuleGroup_by = 48, RuleHaving = 49, RuleOrder_by = 50, 
    RuleOrder_by_reference = 51, RuleLimit = 52, RuleOffset = 53, RuleOutput_rate = 54, 
    RuleQuery_output = 55, RuleTarget = 56, RuleOutput_event_type = 57, 
    RuleSet_clause = 58, RuleSet_assignment = 59, RuleStore_query = 60, 
    RuleStore_input = 61, RuleWithin_time = 62, RuleFor_time = 63, RuleWithin_time_range = 64, 
    RulePer_clause = 65, RuleExpression = 66, RuleFunction_operation = 67, 
    RuleFunction_args = 68, RuleStream_reference = 69, RuleAttribute_reference = 70, 
    RuleAttribute_index = 71, RuleConstant = 72, RuleTime_value = 73, RuleTime_value_part = 74, 
    RuleTime_unit = 75, RuleName = 76, RuleId = 77, RuleKeyword = 78
  };

  CQLParser(antlr4::TokenStream *input);
  ~CQLParser();

  virtual std::string getGrammarFileName() const override;
  virtual const antlr4::atn::ATN& getATN() const override { return _atn; };
  virtual const std::vector<std::string>& getTokenNames() const override { return _tokenNames; }; // deprecated: use vocabulary instead.
  virtual const std::vector<std::string>& getRuleNames() const override;
  virtual antlr4::dfa::Vocabulary& getVocabulary() const override;


  class Siddhi_appContext;
  class Store_query_finalContext;
  class Expression_finalContext;
  class App_elementContext;
  class App_annotationContext;
  class AnnotationContext;
  class Annotation_elementContext;
  class Property_nameContext;
  class Property_separatorContext;
  class Definition_streamContext;
  class Definition_tableContext;
  class Definition_windowContext;
  class Attribute_definitionsContext;
  class Attribute_definitionContext;
  class Attribute_typeContext;
  class Definition_triggerContext;
  class Definition_functionContext;
  class Definition_aggregationContext;
  class Aggregation_selectionContext;
  class Aggregation_timeContext;
  class PartitionContext;
  class Partition_with_streamContext;
  class Condition_rangeContext;
  class QueryContext;
  class Query_inputContext;
  class Standard_streamContext;
  class Stream_handlersContext;
  class Stream_handlerContext;
  class FilterContext;
  class Stream_functionContext;
  class WindowContext;
  class SourceContext;
  class Join_streamContext;
  class Join_sourceContext;
  class Join_typeContext;
  class Pattern_streamContext;
  class Pattern_chainContext;
  class Pattern_elementContext;
  class Pattern_sourceContext;
  class Logical_operandContext;
  class Stateful_sourceContext;
  class Basic_sourceContext;
  class CollectContext;
  class Sequence_streamContext;
  class Sequence_elementContext;
  class Sequence_sourceContext;
  class Query_sectionContext;
  class Output_attributeContext;
  class Group_byContext;
  class HavingContext;
  class Order_byContext;
  class Order_by_referenceContext;
  class LimitContext;
  class OffsetContext;
  class Output_rateContext;
  class Query_outputContext;
  class TargetContext;
  class Output_event_typeContext;
  class Set_clauseContext;
  class Set_assignmentContext;
  class Store_queryContext;
  class Store_inputContext;
  class Within_timeContext;
  class For_timeContext;
  class Within_time_rangeContext;
  class Per_clauseContext;
  class ExpressionContext;
  class Function_operationContext;
  class Function_argsContext;
  class Stream_referenceContext;
  class Attribute_referenceContext;
  class Attribute_indexContext;
  class ConstantContext;
  class Time_valueContext;
  class Time_value_partContext;
  class Time_unitContext;
  class NameContext;
  class IdContext;
  class KeywordContext; 

  class  Siddhi_appContext : public antlr4::ParserRuleContext {
  public:
    Siddhi_appContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    std::vector<App_elementContext *> app_element();
    App_elementContext* app_element(size_t i);
    antlr4::tree::TerminalNode *EOF();
    std::vector<App_annotationContext *> app_annotation();
    App_annotationContext* app_annotation(size_t i);
    std::vector<antlr4::tree::TerminalNode *> SCOL();
    antlr4::tree::TerminalNode* SCOL(size_t i);

   
  };

  Siddhi_appContext* siddhi_app();

  class  Store_query_finalContext : public antlr4::ParserRuleContext {
  public:
    Store_query_finalContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    Store_queryContext *store_query();
    antlr4::tree::TerminalNode *EOF();
    antlr4::tree::TerminalNode *SCOL();

   
  };

  Store_query_finalContext* store_query_final();

  class  Expression_finalContext : public antlr4::ParserRuleContext {
  public:
    Expression_finalContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    ExpressionContext *expression();
    antlr4::tree::TerminalNode *EOF();

   
  };

  Expression_finalContext* expression_final();

  class  App_elementContext : public antlr4::ParserRuleContext {
  public:
    App_elementContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    Definition_streamContext *definition_stream();
    Definition_tableContext *definition_table();
    Definition_windowContext *definition_window();
    Definition_triggerContext *definition_trigger();
    Definition_functionContext *definition_function();
    Definition_aggregationContext *definition_aggregation();
    QueryContext *query();
    PartitionContext *partition();

   
  };

  App_elementContext* app_element();

  class  App_annotationContext : public antlr4::ParserRuleContext {
  public:
    CQLParser::NameContext *ns = nullptr;;
    CQLParser::NameContext *ann_name = nullptr;;
    App_annotationContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *AT_SYMBOL();
    antlr4::tree::TerminalNode *COL();
    std::vector<NameContext *> name();
    NameContext* name(size_t i);
    antlr4::tree::TerminalNode *LPAREN();
    std::vector<Annotation_elementContext *> annotation_element();
    Annotation_elementContext* annotation_element(size_t i);
    antlr4::tree::TerminalNode *RPAREN();
    std::vector<antlr4::tree::TerminalNode *> COMMA();
    antlr4::tree::TerminalNode* COMMA(size_t i);

   
  };

  App_annotationContext* app_annotation();

  class  AnnotationContext : public antlr4::ParserRuleContext {
  public:
    CQLParser::NameContext *ann_name = nullptr;;
    AnnotationContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *AT_SYMBOL();
    NameContext *name();
    antlr4::tree::TerminalNode *LPAREN();
    antlr4::tree::TerminalNode *RPAREN();
    std::vector<Annotation_elementContext *> annotation_element();
    Annotation_elementContext* annotation_element(size_t i);
    std::vector<AnnotationContext *> annotation();
    AnnotationContext* annotation(size_t i);
    std::vector<antlr4::tree::TerminalNode *> COMMA();
    antlr4::tree::TerminalNode* COMMA(size_t i);

   
  };

  AnnotationContext* annotation();

  class  Annotation_elementContext : public antlr4::ParserRuleContext {
  public:
    CQLParser::Property_nameContext *key = nullptr;;
    antlr4::Token *value = nullptr;;
    Annotation_elementContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *STRING_LITERAL();
    antlr4::tree::TerminalNode *ASSIGN();
    Property_nameContext *property_name();

   
  };

  Annotation_elementContext* annotation_element();

  class  Property_nameContext : public antlr4::ParserRuleContext {
  public:
    antlr4::Token *key_string = nullptr;;
    Property_nameContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    std::vector<NameContext *> name();
    NameContext* name(size_t i);
    std::vector<Property_separatorContext *> property_separator();
    Property_separatorContext* property_separator(size_t i);
    antlr4::tree::TerminalNode *STRING_LITERAL();

   
  };

  Property_nameContext* property_name();

  class  Property_separatorContext : public antlr4::ParserRuleContext {
  public:
    Property_separatorContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *DOT();
    antlr4::tree::TerminalNode *MINUS();
    antlr4::tree::TerminalNode *COL();

   
  };

  Property_separatorContext* property_separator();

  class  Definition_streamContext : public antlr4::ParserRuleContext {
  public:
    Definition_streamContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *DEFINE();
    antlr4::tree::TerminalNode *STREAM();
    SourceContext *source();
    Attribute_definitionsContext *attribute_definitions();
    std::vector<AnnotationContext *> annotation();
    AnnotationContext* annotation(size_t i);

   
  };

  Definition_streamContext* definition_stream();

  class  Definition_tableContext : public antlr4::ParserRuleContext {
  public:
    Definition_tableContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *DEFINE();
    antlr4::tree::TerminalNode *TABLE();
    SourceContext *source();
    Attribute_definitionsContext *attribute_definitions();
    std::vector<AnnotationContext *> annotation();
    AnnotationContext* annotation(size_t i);

   
  };

  Definition_tableContext* definition_table();

  class  Definition_windowContext : public antlr4::ParserRuleContext {
  public:
    CQLParser::Function_operationContext *window_function = nullptr;;
    Definition_windowContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *DEFINE();
    antlr4::tree::TerminalNode *WINDOW();
    SourceContext *source();
    Attribute_definitionsContext *attribute_definitions();
    Function_operationContext *function_operation();
    std::vector<AnnotationContext *> annotation();
    AnnotationContext* annotation(size_t i);
    antlr4::tree::TerminalNode *OUTPUT();
    Output_event_typeContext *output_event_type();

   
  };

  Definition_windowContext* definition_window();

  class  Attribute_definitionsContext : public antlr4::ParserRuleContext {
  public:
    Attribute_definitionsContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *LPAREN();
    std::vector<Attribute_definitionContext *> attribute_definition();
    Attribute_definitionContext* attribute_definition(size_t i);
    antlr4::tree::TerminalNode *RPAREN();
    std::vector<antlr4::tree::TerminalNode *> COMMA();
    antlr4::tree::TerminalNode* COMMA(size_t i);

   
  };

  Attribute_definitionsContext* attribute_definitions();

  class  Attribute_definitionContext : public antlr4::ParserRuleContext {
  public:
    CQLParser::NameContext *attr_name = nullptr;;
    Attribute_definitionContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    Attribute_typeContext *attribute_type();
    NameContext *name();

   
  };

  Attribute_definitionContext* attribute_definition();

  class  Attribute_typeContext : public antlr4::ParserRuleContext {
  public:
    Attribute_typeContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *STRING();
    antlr4::tree::TerminalNode *INT();
    antlr4::tree::TerminalNode *LONG();
    antlr4::tree::TerminalNode *FLOAT();
    antlr4::tree::TerminalNode *DOUBLE();
    antlr4::tree::TerminalNode *BOOL();
    antlr4::tree::TerminalNode *OBJECT();

   
  };

  Attribute_typeContext* attribute_type();

  class  Definition_triggerContext : public antlr4::ParserRuleContext {
  public:
    CQLParser::NameContext *trigger_name = nullptr;;
    antlr4::Token *at_string = nullptr;;
    Definition_triggerContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *DEFINE();
    antlr4::tree::TerminalNode *TRIGGER();
    antlr4::tree::TerminalNode *AT();
    NameContext *name();
    antlr4::tree::TerminalNode *EVERY();
    Time_valueContext *time_value();
    antlr4::tree::TerminalNode *STRING_LITERAL();

   
  };

  Definition_triggerContext* definition_trigger();

  class  Definition_functionContext : public antlr4::ParserRuleContext {
  public:
    CQLParser::NameContext *function_name = nullptr;;
    CQLParser::NameContext *language = nullptr;;
    antlr4::Token *body = nullptr;;
    Definition_functionContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *DEFINE();
    antlr4::tree::TerminalNode *FUNCTION();
    antlr4::tree::TerminalNode *LBRACK();
    antlr4::tree::TerminalNode *RBRACK();
    antlr4::tree::TerminalNode *RETURN();
    Attribute_typeContext *attribute_type();
    std::vector<NameContext *> name();
    NameContext* name(size_t i);
    antlr4::tree::TerminalNode *SCRIPT();

   
  };

  Definition_functionContext* definition_function();

  class  Definition_aggregationContext : public antlr4::ParserRuleContext {
  public:
    CQLParser::NameContext *aggregation_name = nullptr;;
    CQLParser::Attribute_referenceContext *timestamp_attr = nullptr;;
    Definition_aggregationContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *DEFINE();
    antlr4::tree::TerminalNode *AGGREGATION();
    antlr4::tree::TerminalNode *FROM();
    Standard_streamContext *standard_stream();
    Aggregation_selectionContext *aggregation_selection();
    antlr4::tree::TerminalNode *AGGREGATE();
    antlr4::tree::TerminalNode *EVERY();
    Aggregation_timeContext *aggregation_time();
    NameContext *name();
    std::vector<AnnotationContext *> annotation();
    AnnotationContext* annotation(size_t i);
    antlr4::tree::TerminalNode *BY();
    Attribute_referenceContext *attribute_reference();

   
  };

  Definition_aggregationContext* definition_aggregation();

  class  Aggregation_selectionContext : public antlr4::ParserRuleContext {
  public:
    antlr4::Token *star = nullptr;;
    Aggregation_selectionContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *SELECT();
    std::vector<Output_attributeContext *> output_attribute();
    Output_attributeContext* output_attribute(size_t i);
    antlr4::tree::TerminalNode *STAR();
    Group_byContext *group_by();
    std::vector<antlr4::tree::TerminalNode *> COMMA();
    antlr4::tree::TerminalNode* COMMA(size_t i);

   
  };

  Aggregation_selectionContext* aggregation_selection();

  class  Aggregation_timeContext : public antlr4::ParserRuleContext {
  public:
    Aggregation_timeContext(antlr4::ParserRuleContext *parent, size_t invokingState);
   
    Aggregation_timeContext() = default;
    void copyFrom(Aggregation_timeContext *context);
    using antlr4::ParserRuleContext::copyFrom;

    virtual size_t getRuleIndex() const override;

   
  };

  class  AggregationTimeRangeContext : public Aggregation_timeContext {
  public:
    AggregationTimeRangeContext(Aggregation_timeContext *ctx);

    CQLParser::Time_unitContext *from_unit = nullptr;
    CQLParser::Time_unitContext *to_unit = nullptr;
    antlr4::tree::TerminalNode *TRIPLE_DOT();
    std::vector<Time_unitContext *> time_unit();
    Time_unitContext* time_unit(size_t i);
  };

  class  AggregationTimeListContext : public Aggregation_timeContext {
  public:
    AggregationTimeListContext(Aggregation_timeContext *ctx);

    std::vector<Time_unitContext *> time_unit();
    Time_unitContext* time_unit(size_t i);
    std::vector<antlr4::tree::TerminalNode *> COMMA();
    antlr4::tree::TerminalNode* COMMA(size_t i);
  };

  Aggregation_timeContext* aggregation_time();

  class  PartitionContext : public antlr4::ParserRuleContext {
  public:
    PartitionContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *PARTITION();
    antlr4::tree::TerminalNode *WITH();
    antlr4::tree::TerminalNode *LPAREN();
    std::vector<Partition_with_streamContext *> partition_with_stream();
    Partition_with_streamContext* partition_with_stream(size_t i);
    antlr4::tree::TerminalNode *RPAREN();
    antlr4::tree::TerminalNode *BEGIN();
    std::vector<QueryContext *> query();
    QueryContext* query(size_t i);
    antlr4::tree::TerminalNode *END();
    std::vector<AnnotationContext *> annotation();
    AnnotationContext* annotation(size_t i);
    std::vector<antlr4::tree::TerminalNode *> COMMA();
    antlr4::tree::TerminalNode* COMMA(size_t i);
    std::vector<antlr4::tree::TerminalNode *> SCOL();
    antlr4::tree::TerminalNode* SCOL(size_t i);

   
  };

  PartitionContext* partition();

  class  Partition_with_streamContext : public antlr4::ParserRuleContext {
  public:
    Partition_with_streamContext(antlr4::ParserRuleContext *parent, size_t invokingState);
   
    Partition_with_streamContext() = default;
    void copyFrom(Partition_with_streamContext *context);
    using antlr4::ParserRuleContext::copyFrom;

    virtual size_t getRuleIndex() const override;

   
  };

  class  RangePartitionContext : public Partition_with_streamContext {
  public:
    RangePartitionContext(Partition_with_streamContext *ctx);

    CQLParser::NameContext *stream_name = nullptr;
    std::vector<Condition_rangeContext *> condition_range();
    Condition_rangeContext* condition_range(size_t i);
    antlr4::tree::TerminalNode *OF();
    NameContext *name();
    std::vector<antlr4::tree::TerminalNode *> OR();
    antlr4::tree::TerminalNode* OR(size_t i);
  };

  class  ValuePartitionContext : public Partition_with_streamContext {
  public:
    ValuePartitionContext(Partition_with_streamContext *ctx);

    CQLParser::ExpressionContext *key = nullptr;
    CQLParser::NameContext *stream_name = nullptr;
    antlr4::tree::TerminalNode *OF();
    ExpressionContext *expression();
    NameContext *name();
  };

  Partition_with_streamContext* partition_with_stream();

  class  Condition_rangeContext : public antlr4::ParserRuleContext {
  public:
    CQLParser::ExpressionContext *condition = nullptr;;
    antlr4::Token *range_label = nullptr;;
    Condition_rangeContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *AS();
    ExpressionContext *expression();
    antlr4::tree::TerminalNode *STRING_LITERAL();

   
  };

  Condition_rangeContext* condition_range();

  class  QueryContext : public antlr4::ParserRuleContext {
  public:
    QueryContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *FROM();
    Query_inputContext *query_input();
    Query_outputContext *query_output();
    std::vector<AnnotationContext *> annotation();
    AnnotationContext* annotation(size_t i);
    Query_sectionContext *query_section();
    Output_rateContext *output_rate();

   
  };

  QueryContext* query();

  class  Query_inputContext : public antlr4::ParserRuleContext {
  public:
    Query_inputContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    Standard_streamContext *standard_stream();
    Join_streamContext *join_stream();
    Pattern_streamContext *pattern_stream();
    Sequence_streamContext *sequence_stream();

   
  };

  Query_inputContext* query_input();

  class  Standard_streamContext : public antlr4::ParserRuleContext {
  public:
    CQLParser::Stream_handlersContext *pre_window_handlers = nullptr;;
    CQLParser::Stream_handlersContext *post_window_handlers = nullptr;;
    Standard_streamContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    SourceContext *source();
    WindowContext *window();
    std::vector<Stream_handlersContext *> stream_handlers();
    Stream_handlersContext* stream_handlers(size_t i);

   
  };

  Standard_streamContext* standard_stream();

  class  Stream_handlersContext : public antlr4::ParserRuleContext {
  public:
    Stream_handlersContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    std::vector<Stream_handlerContext *> stream_handler();
    Stream_handlerContext* stream_handler(size_t i);

   
  };

  Stream_handlersContext* stream_handlers();

  class  Stream_handlerContext : public antlr4::ParserRuleContext {
  public:
    Stream_handlerContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    FilterContext *filter();
    Stream_functionContext *stream_function();

   
  };

  Stream_handlerContext* stream_handler();

  class  FilterContext : public antlr4::ParserRuleContext {
  public:
    CQLParser::ExpressionContext *condition = nullptr;;
    FilterContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *LBRACK();
    antlr4::tree::TerminalNode *RBRACK();
    ExpressionContext *expression();
    antlr4::tree::TerminalNode *HASH();

   
  };

  FilterContext* filter();

  class  Stream_functionContext : public antlr4::ParserRuleContext {
  public:
    Stream_functionContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *HASH();
    Function_operationContext *function_operation();

   
  };

  Stream_functionContext* stream_function();

  class  WindowContext : public antlr4::ParserRuleContext {
  public:
    WindowContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *HASH();
    antlr4::tree::TerminalNode *WINDOW();
    antlr4::tree::TerminalNode *DOT();
    Function_operationContext *function_operation();

   
  };

  WindowContext* window();

  class  SourceContext : public antlr4::ParserRuleContext {
  public:
    antlr4::Token *inner = nullptr;;
    antlr4::Token *fault = nullptr;;
    CQLParser::NameContext *stream_name = nullptr;;
    SourceContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    NameContext *name();
    antlr4::tree::TerminalNode *HASH();
    antlr4::tree::TerminalNode *BANG();

   
  };

  SourceContext* source();

  class  Join_streamContext : public antlr4::ParserRuleContext {
  public:
    CQLParser::Join_sourceContext *left_source = nullptr;;
    CQLParser::Join_sourceContext *right_source = nullptr;;
    antlr4::Token *right_unidirectional = nullptr;;
    antlr4::Token *left_unidirectional = nullptr;;
    CQLParser::ExpressionContext *on_condition = nullptr;;
    Join_streamContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    std::vector<Join_sourceContext *> join_source();
    Join_sourceContext* join_source(size_t i);
    Join_typeContext *join_type();
    antlr4::tree::TerminalNode *UNIDIRECTIONAL();
    antlr4::tree::TerminalNode *ON();
    Within_time_rangeContext *within_time_range();
    Per_clauseContext *per_clause();
    ExpressionContext *expression();

   
  };

  Join_streamContext* join_stream();

  class  Join_sourceContext : public antlr4::ParserRuleContext {
  public:
    CQLParser::NameContext *alias = nullptr;;
    Join_sourceContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    SourceContext *source();
    Stream_handlersContext *stream_handlers();
    WindowContext *window();
    antlr4::tree::TerminalNode *AS();
    NameContext *name();

   
  };

  Join_sourceContext* join_source();

  class  Join_typeContext : public antlr4::ParserRuleContext {
  public:
    Join_typeContext(antlr4::ParserRuleContext *parent, size_t invokingState);
   
    Join_typeContext() = default;
    void copyFrom(Join_typeContext *context);
    using antlr4::ParserRuleContext::copyFrom;

    virtual size_t getRuleIndex() const override;

   
  };

  class  BareOuterJoinContext : public Join_typeContext {
  public:
    BareOuterJoinContext(Join_typeContext *ctx);

    antlr4::tree::TerminalNode *OUTER();
    antlr4::tree::TerminalNode *JOIN();
  };

  class  InnerJoinContext : public Join_typeContext {
  public:
    InnerJoinContext(Join_typeContext *ctx);

    antlr4::tree::TerminalNode *JOIN();
    antlr4::tree::TerminalNode *INNER();
  };

  class  RightOuterJoinContext : public Join_typeContext {
  public:
    RightOuterJoinContext(Join_typeContext *ctx);

    antlr4::tree::TerminalNode *RIGHT();
    antlr4::tree::TerminalNode *OUTER();
    antlr4::tree::TerminalNode *JOIN();
  };

  class  LeftOuterJoinContext : public Join_typeContext {
  public:
    LeftOuterJoinContext(Join_typeContext *ctx);

    antlr4::tree::TerminalNode *LEFT();
    antlr4::tree::TerminalNode *OUTER();
    antlr4::tree::TerminalNode *JOIN();
  };

  class  FullOuterJoinContext : public Join_typeContext {
  public:
    FullOuterJoinContext(Join_typeContext *ctx);

    antlr4::tree::TerminalNode *FULL();
    antlr4::tree::TerminalNode *OUTER();
    antlr4::tree::TerminalNode *JOIN();
  };

  Join_typeContext* join_type();

  class  Pattern_streamContext : public antlr4::ParserRuleContext {
  public:
    Pattern_streamContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    Pattern_chainContext *pattern_chain();
    Within_timeContext *within_time();

   
  };

  Pattern_streamContext* pattern_stream();

  class  Pattern_chainContext : public antlr4::ParserRuleContext {
  public:
    Pattern_chainContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    std::vector<Pattern_elementContext *> pattern_element();
    Pattern_elementContext* pattern_element(size_t i);
    std::vector<antlr4::tree::TerminalNode *> FOLLOWED_BY();
    antlr4::tree::TerminalNode* FOLLOWED_BY(size_t i);

   
  };

  Pattern_chainContext* pattern_chain();

  class  Pattern_elementContext : public antlr4::ParserRuleContext {
  public:
    Pattern_elementContext(antlr4::ParserRuleContext *parent, size_t invokingState);
   
    Pattern_elementContext() = default;
    void copyFrom(Pattern_elementContext *context);
    using antlr4::ParserRuleContext::copyFrom;

    virtual size_t getRuleIndex() const override;

   
  };

  class  GroupedPatternElementContext : public Pattern_elementContext {
  public:
    GroupedPatternElementContext(Pattern_elementContext *ctx);

    antlr4::Token *every = nullptr;
    antlr4::tree::TerminalNode *LPAREN();
    Pattern_chainContext *pattern_chain();
    antlr4::tree::TerminalNode *RPAREN();
    antlr4::tree::TerminalNode *EVERY();
  };

  class  SourcePatternElementContext : public Pattern_elementContext {
  public:
    SourcePatternElementContext(Pattern_elementContext *ctx);

    antlr4::Token *every = nullptr;
    Pattern_sourceContext *pattern_source();
    antlr4::tree::TerminalNode *EVERY();
  };

  Pattern_elementContext* pattern_element();

  class  Pattern_sourceContext : public antlr4::ParserRuleContext {
  public:
    Pattern_sourceContext(antlr4::ParserRuleContext *parent, size_t invokingState);
   
    Pattern_sourceContext() = default;
    void copyFrom(Pattern_sourceContext *context);
    using antlr4::ParserRuleContext::copyFrom;

    virtual size_t getRuleIndex() const override;

   
  };

  class  AbsentPatternSourceContext : public Pattern_sourceContext {
  public:
    AbsentPatternSourceContext(Pattern_sourceContext *ctx);

    antlr4::tree::TerminalNode *NOT();
    Basic_sourceContext *basic_source();
    For_timeContext *for_time();
  };

  class  LogicalPatternSourceContext : public Pattern_sourceContext {
  public:
    LogicalPatternSourceContext(Pattern_sourceContext *ctx);

    CQLParser::Logical_operandContext *left = nullptr;
    antlr4::Token *op = nullptr;
    CQLParser::Logical_operandContext *right = nullptr;
    std::vector<Logical_operandContext *> logical_operand();
    Logical_operandContext* logical_operand(size_t i);
    antlr4::tree::TerminalNode *AND();
    antlr4::tree::TerminalNode *OR();
  };

  class  StandardPatternSourceContext : public Pattern_sourceContext {
  public:
    StandardPatternSourceContext(Pattern_sourceContext *ctx);

    Stateful_sourceContext *stateful_source();
  };

  class  CountingPatternSourceContext : public Pattern_sourceContext {
  public:
    CountingPatternSourceContext(Pattern_sourceContext *ctx);

    Stateful_sourceContext *stateful_source();
    antlr4::tree::TerminalNode *LT();
    CollectContext *collect();
    antlr4::tree::TerminalNode *GT();
  };

  Pattern_sourceContext* pattern_source();

  class  Logical_operandContext : public antlr4::ParserRuleContext {
  public:
    Logical_operandContext(antlr4::ParserRuleContext *parent, size_t invokingState);
   
    Logical_operandContext() = default;
    void copyFrom(Logical_operandContext *context);
    using antlr4::ParserRuleContext::copyFrom;

    virtual size_t getRuleIndex() const override;

   
  };

  class  AbsentLogicalOperandContext : public Logical_operandContext {
  public:
    AbsentLogicalOperandContext(Logical_operandContext *ctx);

    antlr4::tree::TerminalNode *NOT();
    Basic_sourceContext *basic_source();
    For_timeContext *for_time();
  };

  class  PresentLogicalOperandContext : public Logical_operandContext {
  public:
    PresentLogicalOperandContext(Logical_operandContext *ctx);

    Stateful_sourceContext *stateful_source();
  };

  Logical_operandContext* logical_operand();

  class  Stateful_sourceContext : public antlr4::ParserRuleContext {
  public:
    CQLParser::NameContext *event = nullptr;;
    Stateful_sourceContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    Basic_sourceContext *basic_source();
    antlr4::tree::TerminalNode *ASSIGN();
    NameContext *name();

   
  };

  Stateful_sourceContext* stateful_source();

  class  Basic_sourceContext : public antlr4::ParserRuleContext {
  public:
    Basic_sourceContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    SourceContext *source();
    Stream_handlersContext *stream_handlers();

   
  };

  Basic_sourceContext* basic_source();

  class  CollectContext : public antlr4::ParserRuleContext {
  public:
    CollectContext(antlr4::ParserRuleContext *parent, size_t invokingState);
   
    CollectContext() = default;
    void copyFrom(CollectContext *context);
    using antlr4::ParserRuleContext::copyFrom;

    virtual size_t getRuleIndex() const override;

   
  };

  class  RangeCollectContext : public CollectContext {
  public:
    RangeCollectContext(CollectContext *ctx);

    antlr4::Token *min_count = nullptr;
    antlr4::Token *max_count = nullptr;
    antlr4::tree::TerminalNode *COL();
    std::vector<antlr4::tree::TerminalNode *> INT_LITERAL();
    antlr4::tree::TerminalNode* INT_LITERAL(size_t i);
  };

  class  MinCollectContext : public CollectContext {
  public:
    MinCollectContext(CollectContext *ctx);

    antlr4::Token *min_count = nullptr;
    antlr4::tree::TerminalNode *COL();
    antlr4::tree::TerminalNode *INT_LITERAL();
  };

  class  ExactCollectContext : public CollectContext {
  public:
    ExactCollectContext(CollectContext *ctx);

    antlr4::Token *exact = nullptr;
    antlr4::tree::TerminalNode *INT_LITERAL();
  };

  class  MaxCollectContext : public CollectContext {
  public:
    MaxCollectContext(CollectContext *ctx);

    antlr4::Token *max_count = nullptr;
    antlr4::tree::TerminalNode *COL();
    antlr4::tree::TerminalNode *INT_LITERAL();
  };

  CollectContext* collect();

  class  Sequence_streamContext : public antlr4::ParserRuleContext {
  public:
    Sequence_streamContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    std::vector<Sequence_elementContext *> sequence_element();
    Sequence_elementContext* sequence_element(size_t i);
    std::vector<antlr4::tree::TerminalNode *> COMMA();
    antlr4::tree::TerminalNode* COMMA(size_t i);
    Within_timeContext *within_time();

   
  };

  Sequence_streamContext* sequence_stream();

  class  Sequence_elementContext : public antlr4::ParserRuleContext {
  public:
    Sequence_elementContext(antlr4::ParserRuleContext *parent, size_t invokingState);
   
    Sequence_elementContext() = default;
    void copyFrom(Sequence_elementContext *context);
    using antlr4::ParserRuleContext::copyFrom;

    virtual size_t getRuleIndex() const override;

   
  };

  class  GroupedSequenceElementContext : public Sequence_elementContext {
  public:
    GroupedSequenceElementContext(Sequence_elementContext *ctx);

    antlr4::Token *every = nullptr;
    antlr4::tree::TerminalNode *LPAREN();
    std::vector<Sequence_elementContext *> sequence_element();
    Sequence_elementContext* sequence_element(size_t i);
    antlr4::tree::TerminalNode *RPAREN();
    std::vector<antlr4::tree::TerminalNode *> COMMA();
    antlr4::tree::TerminalNode* COMMA(size_t i);
    antlr4::tree::TerminalNode *EVERY();
  };

  class  SourceSequenceElementContext : public Sequence_elementContext {
  public:
    SourceSequenceElementContext(Sequence_elementContext *ctx);

    antlr4::Token *every = nullptr;
    Sequence_sourceContext *sequence_source();
    antlr4::tree::TerminalNode *EVERY();
  };

  Sequence_elementContext* sequence_element();

  class  Sequence_sourceContext : public antlr4::ParserRuleContext {
  public:
    Sequence_sourceContext(antlr4::ParserRuleContext *parent, size_t invokingState);
   
    Sequence_sourceContext() = default;
    void copyFrom(Sequence_sourceContext *context);
    using antlr4::ParserRuleContext::copyFrom;

    virtual size_t getRuleIndex() const override;

   
  };

  class  AbsentSequenceSourceContext : public Sequence_sourceContext {
  public:
    AbsentSequenceSourceContext(Sequence_sourceContext *ctx);

    antlr4::tree::TerminalNode *NOT();
    Basic_sourceContext *basic_source();
    For_timeContext *for_time();
  };

  class  QuantifiedSequenceSourceContext : public Sequence_sourceContext {
  public:
    QuantifiedSequenceSourceContext(Sequence_sourceContext *ctx);

    antlr4::Token *quantifier = nullptr;
    Stateful_sourceContext *stateful_source();
    antlr4::tree::TerminalNode *STAR();
    antlr4::tree::TerminalNode *PLUS();
    antlr4::tree::TerminalNode *QUESTION();
  };

  class  StandardSequenceSourceContext : public Sequence_sourceContext {
  public:
    StandardSequenceSourceContext(Sequence_sourceContext *ctx);

    Stateful_sourceContext *stateful_source();
  };

  class  CountingSequenceSourceContext : public Sequence_sourceContext {
  public:
    CountingSequenceSourceContext(Sequence_sourceContext *ctx);

    Stateful_sourceContext *stateful_source();
    antlr4::tree::TerminalNode *LT();
    CollectContext *collect();
    antlr4::tree::TerminalNode *GT();
  };

  class  LogicalSequenceSourceContext : public Sequence_sourceContext {
  public:
    LogicalSequenceSourceContext(Sequence_sourceContext *ctx);

    CQLParser::Logical_operandContext *left = nullptr;
    antlr4::Token *op = nullptr;
    CQLParser::Logical_operandContext *right = nullptr;
    std::vector<Logical_operandContext *> logical_operand();
    Logical_operandContext* logical_operand(size_t i);
    antlr4::tree::TerminalNode *AND();
    antlr4::tree::TerminalNode *OR();
  };

  Sequence_sourceContext* sequence_source();

  class  Query_sectionContext : public antlr4::ParserRuleContext {
  public:
    antlr4::Token *star = nullptr;;
    Query_sectionContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *SELECT();
    std::vector<Output_attributeContext *> output_attribute();
    Output_attributeContext* output_attribute(size_t i);
    antlr4::tree::TerminalNode *STAR();
    Group_byContext *group_by();
    HavingContext *having();
    Order_byContext *order_by();
    LimitContext *limit();
    OffsetContext *offset();
    std::vector<antlr4::tree::TerminalNode *> COMMA();
    antlr4::tree::TerminalNode* COMMA(size_t i);

   
  };

  Query_sectionContext* query_section();

  class  Output_attributeContext : public antlr4::ParserRuleContext {
  public:
    Output_attributeContext(antlr4::ParserRuleContext *parent, size_t invokingState);
   
    Output_attributeContext() = default;
    void copyFrom(Output_attributeContext *context);
    using antlr4::ParserRuleContext::copyFrom;

    virtual size_t getRuleIndex() const override;

   
  };

  class  AliasedOutputAttributeContext : public Output_attributeContext {
  public:
    AliasedOutputAttributeContext(Output_attributeContext *ctx);

    CQLParser::NameContext *alias = nullptr;
    ExpressionContext *expression();
    antlr4::tree::TerminalNode *AS();
    NameContext *name();
  };

  class  ReferenceOutputAttributeContext : public Output_attributeContext {
  public:
    ReferenceOutputAttributeContext(Output_attributeContext *ctx);

    Attribute_referenceContext *attribute_reference();
  };

  Output_attributeContext* output_attribute();

  class  Group_byContext : public antlr4::ParserRuleContext {
  public:
    Group_byContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *GROUP();
    antlr4::tree::TerminalNode *BY();
    std::vector<Attribute_referenceContext *> attribute_reference();
    Attribute_referenceContext* attribute_reference(size_t i);
    std::vector<antlr4::tree::TerminalNode *> COMMA();
    antlr4::tree::TerminalNode* COMMA(size_t i);

   
  };

  Group_byContext* group_by();

  class  HavingContext : public antlr4::ParserRuleContext {
  public:
    CQLParser::ExpressionContext *condition = nullptr;;
    HavingContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *HAVING();
    ExpressionContext *expression();

   
  };

  HavingContext* having();

  class  Order_byContext : public antlr4::ParserRuleContext {
  public:
    Order_byContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *ORDER();
    antlr4::tree::TerminalNode *BY();
    std::vector<Order_by_referenceContext *> order_by_reference();
    Order_by_referenceContext* order_by_reference(size_t i);
    std::vector<antlr4::tree::TerminalNode *> COMMA();
    antlr4::tree::TerminalNode* COMMA(size_t i);

   
  };

  Order_byContext* order_by();

  class  Order_by_referenceContext : public antlr4::ParserRuleContext {
  public:
    antlr4::Token *direction = nullptr;;
    Order_by_referenceContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    Attribute_referenceContext *attribute_reference();
    antlr4::tree::TerminalNode *ASC();
    antlr4::tree::TerminalNode *DESC();

   
  };

  Order_by_referenceContext* order_by_reference();

  class  LimitContext : public antlr4::ParserRuleContext {
  public:
    CQLParser::ExpressionContext *value = nullptr;;
    LimitContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *LIMIT();
    ExpressionContext *expression();

   
  };

  LimitContext* limit();

  class  OffsetContext : public antlr4::ParserRuleContext {
  public:
    CQLParser::ExpressionContext *value = nullptr;;
    OffsetContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *OFFSET();
    ExpressionContext *expression();

   
  };

  OffsetContext* offset();

  class  Output_rateContext : public antlr4::ParserRuleContext {
  public:
    Output_rateContext(antlr4::ParserRuleContext *parent, size_t invokingState);
   
    Output_rateContext() = default;
    void copyFrom(Output_rateContext *context);
    using antlr4::ParserRuleContext::copyFrom;

    virtual size_t getRuleIndex() const override;

   
  };

  class  SnapshotOutputRateContext : public Output_rateContext {
  public:
    SnapshotOutputRateContext(Output_rateContext *ctx);

    antlr4::tree::TerminalNode *OUTPUT();
    antlr4::tree::TerminalNode *SNAPSHOT();
    antlr4::tree::TerminalNode *EVERY();
    Time_valueContext *time_value();
  };

  class  EventOutputRateContext : public Output_rateContext {
  public:
    EventOutputRateContext(Output_rateContext *ctx);

    antlr4::Token *rate_type = nullptr;
    antlr4::Token *event_count = nullptr;
    antlr4::tree::TerminalNode *OUTPUT();
    antlr4::tree::TerminalNode *EVERY();
    antlr4::tree::TerminalNode *EVENTS();
    antlr4::tree::TerminalNode *INT_LITERAL();
    antlr4::tree::TerminalNode *ALL();
    antlr4::tree::TerminalNode *LAST();
    antlr4::tree::TerminalNode *FIRST();
  };

  class  TimeOutputRateContext : public Output_rateContext {
  public:
    TimeOutputRateContext(Output_rateContext *ctx);

    antlr4::Token *rate_type = nullptr;
    antlr4::tree::TerminalNode *OUTPUT();
    antlr4::tree::TerminalNode *EVERY();
    Time_valueContext *time_value();
    antlr4::tree::TerminalNode *ALL();
    antlr4::tree::TerminalNode *LAST();
    antlr4::tree::TerminalNode *FIRST();
  };

  Output_rateContext* output_rate();

  class  Query_outputContext : public antlr4::ParserRuleContext {
  public:
    Query_outputContext(antlr4::ParserRuleContext *parent, size_t invokingState);
   
    Query_outputContext() = default;
    void copyFrom(Query_outputContext *context);
    using antlr4::ParserRuleContext::copyFrom;

    virtual size_t getRuleIndex() const override;

   
  };

  class  InsertIntoOutputContext : public Query_outputContext {
  public:
    InsertIntoOutputContext(Query_outputContext *ctx);

    antlr4::tree::TerminalNode *INSERT();
    antlr4::tree::TerminalNode *INTO();
    TargetContext *target();
    Output_event_typeContext *output_event_type();
  };

  class  DeleteOutputContext : public Query_outputContext {
  public:
    DeleteOutputContext(Query_outputContext *ctx);

    CQLParser::ExpressionContext *on_condition = nullptr;
    antlr4::tree::TerminalNode *DELETE();
    TargetContext *target();
    antlr4::tree::TerminalNode *FOR();
    Output_event_typeContext *output_event_type();
    antlr4::tree::TerminalNode *ON();
    ExpressionContext *expression();
  };

  class  UpdateOutputContext : public Query_outputContext {
  public:
    UpdateOutputContext(Query_outputContext *ctx);

    CQLParser::ExpressionContext *on_condition = nullptr;
    antlr4::tree::TerminalNode *UPDATE();
    TargetContext *target();
    antlr4::tree::TerminalNode *ON();
    ExpressionContext *expression();
    antlr4::tree::TerminalNode *FOR();
    Output_event_typeContext *output_event_type();
    Set_clauseContext *set_clause();
  };

  class  ReturnOutputContext : public Query_outputContext {
  public:
    ReturnOutputContext(Query_outputContext *ctx);

    antlr4::tree::TerminalNode *RETURN();
    Output_event_typeContext *output_event_type();
  };

  class  UpdateOrInsertOutputContext : public Query_outputContext {
  public:
    UpdateOrInsertOutputContext(Query_outputContext *ctx);

    CQLParser::ExpressionContext *on_condition = nullptr;
    antlr4::tree::TerminalNode *UPDATE();
    antlr4::tree::TerminalNode *OR();
    antlr4::tree::TerminalNode *INSERT();
    antlr4::tree::TerminalNode *INTO();
    TargetContext *target();
    antlr4::tree::TerminalNode *ON();
    ExpressionContext *expression();
    antlr4::tree::TerminalNode *FOR();
    Output_event_typeContext *output_event_type();
    Set_clauseContext *set_clause();
  };

  Query_outputContext* query_output();

  class  TargetContext : public antlr4::ParserRuleContext {
  public:
    TargetContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    SourceContext *source();

   
  };

  TargetContext* target();

  class  Output_event_typeContext : public antlr4::ParserRuleContext {
  public:
    Output_event_typeContext(antlr4::ParserRuleContext *parent, size_t invokingState);
   
    Output_event_typeContext() = default;
    void copyFrom(Output_event_typeContext *context);
    using antlr4::ParserRuleContext::copyFrom;

    virtual size_t getRuleIndex() const override;

   
  };

  class  ExpiredEventsTypeContext : public Output_event_typeContext {
  public:
    ExpiredEventsTypeContext(Output_event_typeContext *ctx);

    antlr4::tree::TerminalNode *EXPIRED();
    antlr4::tree::TerminalNode *EVENTS();
  };

  class  CurrentEventsTypeContext : public Output_event_typeContext {
  public:
    CurrentEventsTypeContext(Output_event_typeContext *ctx);

    antlr4::tree::TerminalNode *EVENTS();
    antlr4::tree::TerminalNode *CURRENT();
  };

  class  AllEventsTypeContext : public Output_event_typeContext {
  public:
    AllEventsTypeContext(Output_event_typeContext *ctx);

    antlr4::tree::TerminalNode *ALL();
    antlr4::tree::TerminalNode *EVENTS();
  };

  Output_event_typeContext* output_event_type();

  class  Set_clauseContext : public antlr4::ParserRuleContext {
  public:
    Set_clauseContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *SET();
    std::vector<Set_assignmentContext *> set_assignment();
    Set_assignmentContext* set_assignment(size_t i);
    std::vector<antlr4::tree::TerminalNode *> COMMA();
    antlr4::tree::TerminalNode* COMMA(size_t i);

   
  };

  Set_clauseContext* set_clause();

  class  Set_assignmentContext : public antlr4::ParserRuleContext {
  public:
    CQLParser::ExpressionContext *value = nullptr;;
    Set_assignmentContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    Attribute_referenceContext *attribute_reference();
    antlr4::tree::TerminalNode *ASSIGN();
    ExpressionContext *expression();

   
  };

  Set_assignmentContext* set_assignment();

  class  Store_queryContext : public antlr4::ParserRuleContext {
  public:
    Store_queryContext(antlr4::ParserRuleContext *parent, size_t invokingState);
   
    Store_queryContext() = default;
    void copyFrom(Store_queryContext *context);
    using antlr4::ParserRuleContext::copyFrom;

    virtual size_t getRuleIndex() const override;

   
  };

  class  InsertStoreQueryContext : public Store_queryContext {
  public:
    InsertStoreQueryContext(Store_queryContext *ctx);

    Query_sectionContext *query_section();
    antlr4::tree::TerminalNode *INSERT();
    antlr4::tree::TerminalNode *INTO();
    TargetContext *target();
  };

  class  UpdateOrInsertStoreQueryContext : public Store_queryContext {
  public:
    UpdateOrInsertStoreQueryContext(Store_queryContext *ctx);

    CQLParser::ExpressionContext *on_condition = nullptr;
    Query_sectionContext *query_section();
    antlr4::tree::TerminalNode *UPDATE();
    antlr4::tree::TerminalNode *OR();
    antlr4::tree::TerminalNode *INSERT();
    antlr4::tree::TerminalNode *INTO();
    TargetContext *target();
    antlr4::tree::TerminalNode *ON();
    ExpressionContext *expression();
    Set_clauseContext *set_clause();
  };

  class  FindStoreQueryContext : public Store_queryContext {
  public:
    FindStoreQueryContext(Store_queryContext *ctx);

    antlr4::tree::TerminalNode *FROM();
    Store_inputContext *store_input();
    Query_sectionContext *query_section();
  };

  class  DeleteStoreQueryContext : public Store_queryContext {
  public:
    DeleteStoreQueryContext(Store_queryContext *ctx);

    CQLParser::ExpressionContext *on_condition = nullptr;
    antlr4::tree::TerminalNode *DELETE();
    TargetContext *target();
    Query_sectionContext *query_section();
    antlr4::tree::TerminalNode *ON();
    ExpressionContext *expression();
  };

  class  UpdateStoreQueryContext : public Store_queryContext {
  public:
    UpdateStoreQueryContext(Store_queryContext *ctx);

    CQLParser::ExpressionContext *on_condition = nullptr;
    antlr4::tree::TerminalNode *UPDATE();
    TargetContext *target();
    antlr4::tree::TerminalNode *ON();
    ExpressionContext *expression();
    Query_sectionContext *query_section();
    Set_clauseContext *set_clause();
  };

  Store_queryContext* store_query();

  class  Store_inputContext : public antlr4::ParserRuleContext {
  public:
    CQLParser::NameContext *source_name = nullptr;;
    CQLParser::NameContext *alias = nullptr;;
    CQLParser::ExpressionContext *on_condition = nullptr;;
    Store_inputContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    std::vector<NameContext *> name();
    NameContext* name(size_t i);
    antlr4::tree::TerminalNode *AS();
    antlr4::tree::TerminalNode *ON();
    Within_time_rangeContext *within_time_range();
    Per_clauseContext *per_clause();
    ExpressionContext *expression();

   
  };

  Store_inputContext* store_input();

  class  Within_timeContext : public antlr4::ParserRuleContext {
  public:
    Within_timeContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *WITHIN();
    Time_valueContext *time_value();

   
  };

  Within_timeContext* within_time();

  class  For_timeContext : public antlr4::ParserRuleContext {
  public:
    For_timeContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *FOR();
    Time_valueContext *time_value();

   
  };

  For_timeContext* for_time();

  class  Within_time_rangeContext : public antlr4::ParserRuleContext {
  public:
    CQLParser::ExpressionContext *range_start = nullptr;;
    CQLParser::ExpressionContext *range_end = nullptr;;
    Within_time_rangeContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *WITHIN();
    std::vector<ExpressionContext *> expression();
    ExpressionContext* expression(size_t i);
    antlr4::tree::TerminalNode *COMMA();

   
  };

  Within_time_rangeContext* within_time_range();

  class  Per_clauseContext : public antlr4::ParserRuleContext {
  public:
    CQLParser::ExpressionContext *value = nullptr;;
    Per_clauseContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *PER();
    ExpressionContext *expression();

   
  };

  Per_clauseContext* per_clause();

  class  ExpressionContext : public antlr4::ParserRuleContext {
  public:
    ExpressionContext(antlr4::ParserRuleContext *parent, size_t invokingState);
   
    ExpressionContext() = default;
    void copyFrom(ExpressionContext *context);
    using antlr4::ParserRuleContext::copyFrom;

    virtual size_t getRuleIndex() const override;

   
  };

  class  AndExprContext : public ExpressionContext {
  public:
    AndExprContext(ExpressionContext *ctx);

    CQLParser::ExpressionContext *left = nullptr;
    CQLParser::ExpressionContext *right = nullptr;
    antlr4::tree::TerminalNode *AND();
    std::vector<ExpressionContext *> expression();
    ExpressionContext* expression(size_t i);
  };

  class  IsNullExprContext : public ExpressionContext {
  public:
    IsNullExprContext(ExpressionContext *ctx);

    CQLParser::ExpressionContext *operand = nullptr;
    antlr4::tree::TerminalNode *IS();
    antlr4::tree::TerminalNode *NULL_();
    ExpressionContext *expression();
  };

  class  IsNullStreamExprContext : public ExpressionContext {
  public:
    IsNullStreamExprContext(ExpressionContext *ctx);

    Stream_referenceContext *stream_reference();
    antlr4::tree::TerminalNode *IS();
    antlr4::tree::TerminalNode *NULL_();
  };

  class  UnaryPlusContext : public ExpressionContext {
  public:
    UnaryPlusContext(ExpressionContext *ctx);

    CQLParser::ExpressionContext *operand = nullptr;
    antlr4::tree::TerminalNode *PLUS();
    ExpressionContext *expression();
  };

  class  ConstantExprContext : public ExpressionContext {
  public:
    ConstantExprContext(ExpressionContext *ctx);

    ConstantContext *constant();
  };

  class  UnaryMinusContext : public ExpressionContext {
  public:
    UnaryMinusContext(ExpressionContext *ctx);

    CQLParser::ExpressionContext *operand = nullptr;
    antlr4::tree::TerminalNode *MINUS();
    ExpressionContext *expression();
  };

  class  OrExprContext : public ExpressionContext {
  public:
    OrExprContext(ExpressionContext *ctx);

    CQLParser::ExpressionContext *left = nullptr;
    CQLParser::ExpressionContext *right = nullptr;
    antlr4::tree::TerminalNode *OR();
    std::vector<ExpressionContext *> expression();
    ExpressionContext* expression(size_t i);
  };

  class  FunctionCallExprContext : public ExpressionContext {
  public:
    FunctionCallExprContext(ExpressionContext *ctx);

    Function_operationContext *function_operation();
  };

  class  EqualityExprContext : public ExpressionContext {
  public:
    EqualityExprContext(ExpressionContext *ctx);

    CQLParser::ExpressionContext *left = nullptr;
    antlr4::Token *op = nullptr;
    CQLParser::ExpressionContext *right = nullptr;
    std::vector<ExpressionContext *> expression();
    ExpressionContext* expression(size_t i);
    antlr4::tree::TerminalNode *EQ();
    antlr4::tree::TerminalNode *NOT_EQ();
  };

  class  MulDivModExprContext : public ExpressionContext {
  public:
    MulDivModExprContext(ExpressionContext *ctx);

    CQLParser::ExpressionContext *left = nullptr;
    antlr4::Token *op = nullptr;
    CQLParser::ExpressionContext *right = nullptr;
    std::vector<ExpressionContext *> expression();
    ExpressionContext* expression(size_t i);
    antlr4::tree::TerminalNode *STAR();
    antlr4::tree::TerminalNode *DIV();
    antlr4::tree::TerminalNode *MOD();
  };

  class  CompareExprContext : public ExpressionContext {
  public:
    CompareExprContext(ExpressionContext *ctx);

    CQLParser::ExpressionContext *left = nullptr;
    antlr4::Token *op = nullptr;
    CQLParser::ExpressionContext *right = nullptr;
    std::vector<ExpressionContext *> expression();
    ExpressionContext* expression(size_t i);
    antlr4::tree::TerminalNode *GT_EQ();
    antlr4::tree::TerminalNode *LT_EQ();
    antlr4::tree::TerminalNode *GT();
    antlr4::tree::TerminalNode *LT();
  };

  class  AttributeRefExprContext : public ExpressionContext {
  public:
    AttributeRefExprContext(ExpressionContext *ctx);

    Attribute_referenceContext *attribute_reference();
  };

  class  NotExprContext : public ExpressionContext {
  public:
    NotExprContext(ExpressionContext *ctx);

    CQLParser::ExpressionContext *operand = nullptr;
    antlr4::tree::TerminalNode *NOT();
    ExpressionContext *expression();
  };

  class  InExprContext : public ExpressionContext {
  public:
    InExprContext(ExpressionContext *ctx);

    CQLParser::ExpressionContext *operand = nullptr;
    CQLParser::NameContext *table_name = nullptr;
    antlr4::tree::TerminalNode *IN();
    ExpressionContext *expression();
    NameContext *name();
  };

  class  ParenExprContext : public ExpressionContext {
  public:
    ParenExprContext(ExpressionContext *ctx);

    CQLParser::ExpressionContext *inner = nullptr;
    antlr4::tree::TerminalNode *LPAREN();
    antlr4::tree::TerminalNode *RPAREN();
    ExpressionContext *expression();
  };

  class  AddSubExprContext : public ExpressionContext {
  public:
    AddSubExprContext(ExpressionContext *ctx);

    CQLParser::ExpressionContext *left = nullptr;
    antlr4::Token *op = nullptr;
    CQLParser::ExpressionContext *right = nullptr;
    std::vector<ExpressionContext *> expression();
    ExpressionContext* expression(size_t i);
    antlr4::tree::TerminalNode *PLUS();
    antlr4::tree::TerminalNode *MINUS();
  };

  ExpressionContext* expression();
  ExpressionContext* expression(int precedence);
  class  Function_operationContext : public antlr4::ParserRuleContext {
  public:
    CQLParser::NameContext *ns = nullptr;;
    CQLParser::NameContext *function_name = nullptr;;
    Function_operationContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *LPAREN();
    antlr4::tree::TerminalNode *RPAREN();
    std::vector<NameContext *> name();
    NameContext* name(size_t i);
    antlr4::tree::TerminalNode *COL();
    Function_argsContext *function_args();

   
  };

  Function_operationContext* function_operation();

  class  Function_argsContext : public antlr4::ParserRuleContext {
  public:
    antlr4::Token *star = nullptr;;
    Function_argsContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *STAR();
    std::vector<ExpressionContext *> expression();
    ExpressionContext* expression(size_t i);
    std::vector<antlr4::tree::TerminalNode *> COMMA();
    antlr4::tree::TerminalNode* COMMA(size_t i);

   
  };

  Function_argsContext* function_args();

  class  Stream_referenceContext : public antlr4::ParserRuleContext {
  public:
    antlr4::Token *hash = nullptr;;
    antlr4::Token *fault = nullptr;;
    CQLParser::NameContext *stream_name = nullptr;;
    CQLParser::Attribute_indexContext *stream_index = nullptr;;
    Stream_referenceContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    NameContext *name();
    antlr4::tree::TerminalNode *HASH();
    antlr4::tree::TerminalNode *BANG();
    antlr4::tree::TerminalNode *LBRACK();
    antlr4::tree::TerminalNode *RBRACK();
    Attribute_indexContext *attribute_index();

   
  };

  Stream_referenceContext* stream_reference();

  class  Attribute_referenceContext : public antlr4::ParserRuleContext {
  public:
    antlr4::Token *hash = nullptr;;
    antlr4::Token *fault = nullptr;;
    CQLParser::NameContext *stream_name = nullptr;;
    CQLParser::Attribute_indexContext *stream_index = nullptr;;
    antlr4::Token *fn_hash = nullptr;;
    CQLParser::NameContext *function_id = nullptr;;
    CQLParser::Attribute_indexContext *function_index = nullptr;;
    CQLParser::NameContext *attribute_name = nullptr;;
    Attribute_referenceContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *DOT();
    std::vector<NameContext *> name();
    NameContext* name(size_t i);
    std::vector<antlr4::tree::TerminalNode *> LBRACK();
    antlr4::tree::TerminalNode* LBRACK(size_t i);
    std::vector<antlr4::tree::TerminalNode *> RBRACK();
    antlr4::tree::TerminalNode* RBRACK(size_t i);
    std::vector<antlr4::tree::TerminalNode *> HASH();
    antlr4::tree::TerminalNode* HASH(size_t i);
    antlr4::tree::TerminalNode *BANG();
    std::vector<Attribute_indexContext *> attribute_index();
    Attribute_indexContext* attribute_index(size_t i);

   
  };

  Attribute_referenceContext* attribute_reference();

  class  Attribute_indexContext : public antlr4::ParserRuleContext {
  public:
    Attribute_indexContext(antlr4::ParserRuleContext *parent, size_t invokingState);
   
    Attribute_indexContext() = default;
    void copyFrom(Attribute_indexContext *context);
    using antlr4::ParserRuleContext::copyFrom;

    virtual size_t getRuleIndex() const override;

   
  };

  class  NumericIndexContext : public Attribute_indexContext {
  public:
    NumericIndexContext(Attribute_indexContext *ctx);

    antlr4::Token *index = nullptr;
    antlr4::tree::TerminalNode *INT_LITERAL();
  };

  class  LastIndexContext : public Attribute_indexContext {
  public:
    LastIndexContext(Attribute_indexContext *ctx);

    antlr4::Token *last_offset = nullptr;
    antlr4::tree::TerminalNode *LAST();
    antlr4::tree::TerminalNode *MINUS();
    antlr4::tree::TerminalNode *INT_LITERAL();
  };

  Attribute_indexContext* attribute_index();

  class  ConstantContext : public antlr4::ParserRuleContext {
  public:
    ConstantContext(antlr4::ParserRuleContext *parent, size_t invokingState);
   
    ConstantContext() = default;
    void copyFrom(ConstantContext *context);
    using antlr4::ParserRuleContext::copyFrom;

    virtual size_t getRuleIndex() const override;

   
  };

  class  LongConstantContext : public ConstantContext {
  public:
    LongConstantContext(ConstantContext *ctx);

    antlr4::tree::TerminalNode *LONG_LITERAL();
  };

  class  DoubleConstantContext : public ConstantContext {
  public:
    DoubleConstantContext(ConstantContext *ctx);

    antlr4::tree::TerminalNode *DOUBLE_LITERAL();
  };

  class  BoolConstantContext : public ConstantContext {
  public:
    BoolConstantContext(ConstantContext *ctx);

    antlr4::tree::TerminalNode *TRUE();
    antlr4::tree::TerminalNode *FALSE();
  };

  class  FloatConstantContext : public ConstantContext {
  public:
    FloatConstantContext(ConstantContext *ctx);

    antlr4::tree::TerminalNode *FLOAT_LITERAL();
  };

  class  IntConstantContext : public ConstantContext {
  public:
    IntConstantContext(ConstantContext *ctx);

    antlr4::tree::TerminalNode *INT_LITERAL();
  };

  class  NullConstantContext : public ConstantContext {
  public:
    NullConstantContext(ConstantContext *ctx);

    antlr4::tree::TerminalNode *NULL_();
  };

  class  StringConstantContext : public ConstantContext {
  public:
    StringConstantContext(ConstantContext *ctx);

    antlr4::tree::TerminalNode *STRING_LITERAL();
  };

  class  TimeConstantContext : public ConstantContext {
  public:
    TimeConstantContext(ConstantContext *ctx);

    Time_valueContext *time_value();
  };

  ConstantContext* constant();

  class  Time_valueContext : public antlr4::ParserRuleContext {
  public:
    Time_valueContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    std::vector<Time_value_partContext *> time_value_part();
    Time_value_partContext* time_value_part(size_t i);

   
  };

  Time_valueContext* time_value();

  class  Time_value_partContext : public antlr4::ParserRuleContext {
  public:
    antlr4::Token *amount = nullptr;;
    Time_value_partContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    Time_unitContext *time_unit();
    antlr4::tree::TerminalNode *INT_LITERAL();

   
  };

  Time_value_partContext* time_value_part();

  class  Time_unitContext : public antlr4::ParserRuleContext {
  public:
    Time_unitContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *YEARS();
    antlr4::tree::TerminalNode *MONTHS();
    antlr4::tree::TerminalNode *WEEKS();
    antlr4::tree::TerminalNode *DAYS();
    antlr4::tree::TerminalNode *HOURS();
    antlr4::tree::TerminalNode *MINUTES();
    antlr4::tree::TerminalNode *SECONDS();
    antlr4::tree::TerminalNode *MILLISECONDS();

   
  };

  Time_unitContext* time_unit();

  class  NameContext : public antlr4::ParserRuleContext {
  public:
    NameContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    IdContext *id();
    KeywordContext *keyword();

   
  };

  NameContext* name();

  class  IdContext : public antlr4::ParserRuleContext {
  public:
    IdContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *ID();
    antlr4::tree::TerminalNode *ID_QUOTES();

   
  };

  IdContext* id();

  class  KeywordContext : public antlr4::ParserRuleContext {
  public:
    KeywordContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *STREAM();
    antlr4::tree::TerminalNode *DEFINE();
    antlr4::tree::TerminalNode *FUNCTION();
    antlr4::tree::TerminalNode *TRIGGER();
    antlr4::tree::TerminalNode *TABLE();
    antlr4::tree::TerminalNode *FROM();
    antlr4::tree::TerminalNode *PARTITION();
    antlr4::tree::TerminalNode *WINDOW();
    antlr4::tree::TerminalNode *SELECT();
    antlr4::tree::TerminalNode *GROUP();
    antlr4::tree::TerminalNode *BY();
    antlr4::tree::TerminalNode *ORDER();
    antlr4::tree::TerminalNode *LIMIT();
    antlr4::tree::TerminalNode *OFFSET();
    antlr4::tree::TerminalNode *ASC();
    antlr4::tree::TerminalNode *DESC();
    antlr4::tree::TerminalNode *HAVING();
    antlr4::tree::TerminalNode *INSERT();
    antlr4::tree::TerminalNode *DELETE();
    antlr4::tree::TerminalNode *UPDATE();
    antlr4::tree::TerminalNode *SET();
    antlr4::tree::TerminalNode *RETURN();
    antlr4::tree::TerminalNode *EVENTS();
    antlr4::tree::TerminalNode *INTO();
    antlr4::tree::TerminalNode *OUTPUT();
    antlr4::tree::TerminalNode *EXPIRED();
    antlr4::tree::TerminalNode *CURRENT();
    antlr4::tree::TerminalNode *SNAPSHOT();
    antlr4::tree::TerminalNode *FOR();
    antlr4::tree::TerminalNode *RAW();
    antlr4::tree::TerminalNode *OF();
    antlr4::tree::TerminalNode *AS();
    antlr4::tree::TerminalNode *AT();
    antlr4::tree::TerminalNode *OR();
    antlr4::tree::TerminalNode *AND();
    antlr4::tree::TerminalNode *IN();
    antlr4::tree::TerminalNode *ON();
    antlr4::tree::TerminalNode *IS();
    antlr4::tree::TerminalNode *WITHIN();
    antlr4::tree::TerminalNode *WITH();
    antlr4::tree::TerminalNode *BEGIN();
    antlr4::tree::TerminalNode *END();
    antlr4::tree::TerminalNode *EVERY();
    antlr4::tree::TerminalNode *LAST();
    antlr4::tree::TerminalNode *ALL();
    antlr4::tree::TerminalNode *FIRST();
    antlr4::tree::TerminalNode *JOIN();
    antlr4::tree::TerminalNode *INNER();
    antlr4::tree::TerminalNode *OUTER();
    antlr4::tree::TerminalNode *RIGHT();
    antlr4::tree::TerminalNode *LEFT();
    antlr4::tree::TerminalNode *FULL();
    antlr4::tree::TerminalNode *UNIDIRECTIONAL();
    antlr4::tree::TerminalNode *YEARS();
    antlr4::tree::TerminalNode *MONTHS();
    antlr4::tree::TerminalNode *WEEKS();
    antlr4::tree::TerminalNode *DAYS();
    antlr4::tree::TerminalNode *HOURS();
    antlr4::tree::TerminalNode *MINUTES();
    antlr4::tree::TerminalNode *SECONDS();
    antlr4::tree::TerminalNode *MILLISECONDS();
    antlr4::tree::TerminalNode *STRING();
    antlr4::tree::TerminalNode *INT();
    antlr4::tree::TerminalNode *LONG();
    antlr4::tree::TerminalNode *FLOAT();
    antlr4::tree::TerminalNode *DOUBLE();
    antlr4::tree::TerminalNode *BOOL();
    antlr4::tree::TerminalNode *OBJECT();
    antlr4::tree::TerminalNode *AGGREGATION();
    antlr4::tree::TerminalNode *AGGREGATE();
    antlr4::tree::TerminalNode *PER();

   
  };

  KeywordContext* keyword();


  virtual bool sempred(antlr4::RuleContext *_localctx, size_t ruleIndex, size_t predicateIndex) override;
  bool expressionSempred(ExpressionContext *_localctx, size_t predicateIndex);

private:
  static std::vector<antlr4::dfa::DFA> _decisionToDFA;
  static antlr4::atn::PredictionContextCache _sharedContextCache;
  static std::vector<std::string> _ruleNames;
  static std::vector<std::string> _tokenNames;

  static std::vector<std::string> _literalNames;
  static std::vector<std::string> _symbolicNames;
  static antlr4::dfa::Vocabulary _vocabulary;
  static antlr4::atn::ATN _atn;
  static std::vector<uint16_t> _serializedATN;


  struct Initializer {
    Initializer();
  };
  static Initializer _init;
};

}  // namespace talon::grammar
