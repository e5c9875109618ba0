
// Generated from CQL.g4 by ANTLR 4.7.2



#include "CQLParser.h"


using namespace antlrcpp;
using namespace talon::grammar;
using namespace antlr4;

CQLParser::CQLParser(TokenStream *input) : Parser(input) {
  _interpreter = new atn::ParserATNSimulator(this, _atn, _decisionToDFA, _sharedContextCache);
}

CQLParser::~CQLParser() {
  delete _interpreter;
}

std::string CQLParser::getGrammarFileName() const {
  return "CQL.g4";
}

const std::vector<std::string>& CQLParser::getRuleNames() const {
  return _ruleNames;
}

dfa::Vocabulary& CQLParser::getVocabulary() const {
  return _vocabulary;
}


//----------------- Siddhi_appContext ------------------------------------------------------------------

CQLParser::Siddhi_appContext::Siddhi_appContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

std::vector<CQLParser::App_elementContext *> CQLParser::Siddhi_appContext::app_element() {
  return getRuleContexts<CQLParser::App_elementContext>();
}

CQLParser::App_elementContext* CQLParser::Siddhi_appContext::app_element(size_t i) {
  return getRuleContext<CQLParser::App_elementContext>(i);
}

tree::TerminalNode* CQLParser::Siddhi_appContext::EOF() {
  return getToken(CQLParser::EOF, 0);
}

std::vector<CQLParser::App_annotationContext *> CQLParser::Siddhi_appContext::app_annotation() {
  return getRuleContexts<CQLParser::App_annotationContext>();
}

CQLParser::App_annotationContext* CQLParser::Siddhi_appContext::app_annotation(size_t i) {
  return getRuleContext<CQLParser::App_annotationContext>(i);
}

std::vector<tree::TerminalNode *> CQLParser::Siddhi_appContext::SCOL() {
  return getTokens(CQLParser::SCOL);
}

tree::TerminalNode* CQLParser::Siddhi_appContext::SCOL(size_t i) {
  return getToken(CQLParser::SCOL, i);
}


size_t CQLParser::Siddhi_appContext::getRuleIndex() const {
  return CQLParser::RuleSiddhi_app;
}


CQLParser::Siddhi_appContext* CQLParser::siddhi_app() {
  Siddhi_appContext *_localctx = _tracker.createInstance<Siddhi_appContext>(_ctx, getState());
  enterRule(_localctx, 0, CQLParser::RuleSiddhi_app);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    size_t alt;
    enterOuterAlt(_localctx, 1);
    setState(161);
    _errHandler->sync(this);
    alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 0, _ctx);
    while (alt != 2 && alt != atn::ATN::INVALID_ALT_NUMBER) {
      if (alt == 1) {
        setState(158);
        app_annotation(); 
      }
      setState(163);
      _errHandler->sync(this);
      alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 0, _ctx);
    }
    setState(164);
    app_element();
    setState(169);
    _errHandler->sync(this);
    alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 1, _ctx);
    while (alt != 2 && alt != atn::ATN::INVALID_ALT_NUMBER) {
      if (alt == 1) {
        setState(165);
        match(CQLParser::SCOL);
        setState(166);
        app_element(); 
      }
      setState(171);
      _errHandler->sync(this);
      alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 1, _ctx);
    }
    setState(173);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == CQLParser::SCOL) {
      setState(172);
      match(CQLParser::SCOL);
    }
    setState(175);
    match(CQLParser::EOF);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Store_query_finalContext ------------------------------------------------------------------

CQLParser::Store_query_finalContext::Store_query_finalContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

CQLParser::Store_queryContext* CQLParser::Store_query_finalContext::store_query() {
  return getRuleContext<CQLParser::Store_queryContext>(0);
}

tree::TerminalNode* CQLParser::Store_query_finalContext::EOF() {
  return getToken(CQLParser::EOF, 0);
}

tree::TerminalNode* CQLParser::Store_query_finalContext::SCOL() {
  return getToken(CQLParser::SCOL, 0);
}


size_t CQLParser::Store_query_finalContext::getRuleIndex() const {
  return CQLParser::RuleStore_query_final;
}


CQLParser::Store_query_finalContext* CQLParser::store_query_final() {
  Store_query_finalContext *_localctx = _tracker.createInstance<Store_query_finalContext>(_ctx, getState());
  enterRule(_localctx, 2, CQLParser::RuleStore_query_final);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(177);
    store_query();
    setState(179);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == CQLParser::SCOL) {
      setState(178);
      match(CQLParser::SCOL);
    }
    setState(181);
    match(CQLParser::EOF);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Expression_finalContext ------------------------------------------------------------------

CQLParser::Expression_finalContext::Expression_finalContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

CQLParser::ExpressionContext* CQLParser::Expression_finalContext::expression() {
  return getRuleContext<CQLParser::ExpressionContext>(0);
}

tree::TerminalNode* CQLParser::Expression_finalContext::EOF() {
  return getToken(CQLParser::EOF, 0);
}


size_t CQLParser::Expression_finalContext::getRuleIndex() const {
  return CQLParser::RuleExpression_final;
}


CQLParser::Expression_finalContext* CQLParser::expression_final() {
  Expression_finalContext *_localctx = _tracker.createInstance<Expression_finalContext>(_ctx, getState());
  enterRule(_localctx, 4, CQLParser::RuleExpression_final);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(183);
    expression(0);
    setState(184);
    match(CQLParser::EOF);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- App_elementContext ------------------------------------------------------------------

CQLParser::App_elementContext::App_elementContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

CQLParser::Definition_streamContext* CQLParser::App_elementContext::definition_stream() {
  return getRuleContext<CQLParser::Definition_streamContext>(0);
}

CQLParser::Definition_tableContext* CQLParser::App_elementContext::definition_table() {
  return getRuleContext<CQLParser::Definition_tableContext>(0);
}

CQLParser::Definition_windowContext* CQLParser::App_elementContext::definition_window() {
  return getRuleContext<CQLParser::Definition_windowContext>(0);
}

CQLParser::Definition_triggerContext* CQLParser::App_elementContext::definition_trigger() {
  return getRuleContext<CQLParser::Definition_triggerContext>(0);
}

CQLParser::Definition_functionContext* CQLParser::App_elementContext::definition_function() {
  return getRuleContext<CQLParser::Definition_functionContext>(0);
}

CQLParser::Definition_aggregationContext* CQLParser::App_elementContext::definition_aggregation() {
  return getRuleContext<CQLParser::Definition_aggregationContext>(0);
}

CQLParser::QueryContext* CQLParser::App_elementContext::query() {
  return getRuleContext<CQLParser::QueryContext>(0);
}

CQLParser::PartitionContext* CQLParser::App_elementContext::partition() {
  return getRuleContext<CQLParser::PartitionContext>(0);
}


size_t CQLParser::App_elementContext::getRuleIndex() const {
  return CQLParser::RuleApp_element;
}


CQLParser::App_elementContext* CQLParser::app_element() {
  App_elementContext *_localctx = _tracker.createInstance<App_elementContext>(_ctx, getState());
  enterRule(_localctx, 6, CQLParser::RuleApp_element);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(194);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 4, _ctx)) {
    case 1: {
      enterOuterAlt(_localctx, 1);
      setState(186);
      definition_stream();
      break;
    }

    case 2: {
      enterOuterAlt(_localctx, 2);
      setState(187);
      definition_table();
      break;
    }

    case 3: {
      enterOuterAlt(_localctx, 3);
      setState(188);
      definition_window();
      break;
    }

    case 4: {
      enterOuterAlt(_localctx, 4);
      setState(189);
      definition_trigger();
      break;
    }

    case 5: {
      enterOuterAlt(_localctx, 5);
      setState(190);
      definition_function();
      break;
    }

    case 6: {
      enterOuterAlt(_localctx, 6);
      setState(191);
      definition_aggregation();
      break;
    }

    case 7: {
      enterOuterAlt(_localctx, 7);
      setState(192);
      query();
      break;
    }

    case 8: {
      enterOuterAlt(_localctx, 8);
      setState(193);
      partition();
      break;
    }

    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- App_annotationContext ------------------------------------------------------------------

CQLParser::App_annotationContext::App_annotationContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::App_annotationContext::AT_SYMBOL() {
  return getToken(CQLParser::AT_SYMBOL, 0);
}

tree::TerminalNode* CQLParser::App_annotationContext::COL() {
  return getToken(CQLParser::COL, 0);
}

std::vector<CQLParser::NameContext *> CQLParser::App_annotationContext::name() {
  return getRuleContexts<CQLParser::NameContext>();
}

CQLParser::NameContext* CQLParser::App_annotationContext::name(size_t i) {
  return getRuleContext<CQLParser::NameContext>(i);
}

tree::TerminalNode* CQLParser::App_annotationContext::LPAREN() {
  return getToken(CQLParser::LPAREN, 0);
}

std::vector<CQLParser::Annotation_elementContext *> CQLParser::App_annotationContext::annotation_element() {
  return getRuleContexts<CQLParser::Annotation_elementContext>();
}

CQLParser::Annotation_elementContext* CQLParser::App_annotationContext::annotation_element(size_t i) {
  return getRuleContext<CQLParser::Annotation_elementContext>(i);
}

tree::TerminalNode* CQLParser::App_annotationContext::RPAREN() {
  return getToken(CQLParser::RPAREN, 0);
}

std::vector<tree::TerminalNode *> CQLParser::App_annotationContext::COMMA() {
  return getTokens(CQLParser::COMMA);
}

tree::TerminalNode* CQLParser::App_annotationContext::COMMA(size_t i) {
  return getToken(CQLParser::COMMA, i);
}


size_t CQLParser::App_annotationContext::getRuleIndex() const {
  return CQLParser::RuleApp_annotation;
}


CQLParser::App_annotationContext* CQLParser::app_annotation() {
  App_annotationContext *_localctx = _tracker.createInstance<App_annotationContext>(_ctx, getState());
  enterRule(_localctx, 8, CQLParser::RuleApp_annotation);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(196);
    match(CQLParser::AT_SYMBOL);
    setState(197);
    dynamic_cast<App_annotationContext *>(_localctx)->ns = name();
    setState(198);
    match(CQLParser::COL);
    setState(199);
    dynamic_cast<App_annotationContext *>(_localctx)->ann_name = name();
    setState(211);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == CQLParser::LPAREN) {
      setState(200);
      match(CQLParser::LPAREN);
      setState(201);
      annotation_element();
      setState(206);
      _errHandler->sync(this);
      _la = _input->LA(1);
      while (_la == CQLParser::COMMA) {
        setState(202);
        match(CQLParser::COMMA);
        setState(203);
        annotation_element();
        setState(208);
        _errHandler->sync(this);
        _la = _input->LA(1);
      }
      setState(209);
      match(CQLParser::RPAREN);
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- AnnotationContext ------------------------------------------------------------------

CQLParser::AnnotationContext::AnnotationContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::AnnotationContext::AT_SYMBOL() {
  return getToken(CQLParser::AT_SYMBOL, 0);
}

CQLParser::NameContext* CQLParser::AnnotationContext::name() {
  return getRuleContext<CQLParser::NameContext>(0);
}

tree::TerminalNode* CQLParser::AnnotationContext::LPAREN() {
  return getToken(CQLParser::LPAREN, 0);
}

tree::TerminalNode* CQLParser::AnnotationContext::RPAREN() {
  return getToken(CQLParser::RPAREN, 0);
}

std::vector<CQLParser::Annotation_elementContext *> CQLParser::AnnotationContext::annotation_element() {
  return getRuleContexts<CQLParser::Annotation_elementContext>();
}

CQLParser::Annotation_elementContext* CQLParser::AnnotationContext::annotation_element(size_t i) {
  return getRuleContext<CQLParser::Annotation_elementContext>(i);
}

std::vector<CQLParser::AnnotationContext *> CQLParser::AnnotationContext::annotation() {
  return getRuleContexts<CQLParser::AnnotationContext>();
}

CQLParser::AnnotationContext* CQLParser::AnnotationContext::annotation(size_t i) {
  return getRuleContext<CQLParser::AnnotationContext>(i);
}

std::vector<tree::TerminalNode *> CQLParser::AnnotationContext::COMMA() {
  return getTokens(CQLParser::COMMA);
}

tree::TerminalNode* CQLParser::AnnotationContext::COMMA(size_t i) {
  return getToken(CQLParser::COMMA, i);
}


size_t CQLParser::AnnotationContext::getRuleIndex() const {
  return CQLParser::RuleAnnotation;
}


CQLParser::AnnotationContext* CQLParser::annotation() {
  AnnotationContext *_localctx = _tracker.createInstance<AnnotationContext>(_ctx, getState());
  enterRule(_localctx, 10, CQLParser::RuleAnnotation);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(213);
    match(CQLParser::AT_SYMBOL);
    setState(214);
    dynamic_cast<AnnotationContext *>(_localctx)->ann_name = name();
    setState(232);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == CQLParser::LPAREN) {
      setState(215);
      match(CQLParser::LPAREN);
      setState(218);
      _errHandler->sync(this);
      switch (_input->LA(1)) {
        case CQLParser::STREAM:
        case CQLParser::DEFINE:
        case CQLParser::FUNCTION:
        case CQLParser::TRIGGER:
        case CQLParser::TABLE:
        case CQLParser::FROM:
        case CQLParser::PARTITION:
        case CQLParser::WINDOW:
        case CQLParser::SELECT:
        case CQLParser::GROUP:
        case CQLParser::BY:
        case CQLParser::ORDER:
        case CQLParser::LIMIT:
        case CQLParser::OFFSET:
        case CQLParser::ASC:
        case CQLParser::DESC:
        case CQLParser::HAVING:
        case CQLParser::INSERT:
        case CQLParser::DELETE:
        case CQLParser::UPDATE:
        case CQLParser::SET:
        case CQLParser::RETURN:
        case CQLParser::EVENTS:
        case CQLParser::INTO:
        case CQLParser::OUTPUT:
        case CQLParser::EXPIRED:
        case CQLParser::CURRENT:
        case CQLParser::SNAPSHOT:
        case CQLParser::FOR:
        case CQLParser::RAW:
        case CQLParser::OF:
        case CQLParser::AS:
        case CQLParser::AT:
        case CQLParser::OR:
        case CQLParser::AND:
        case CQLParser::IN:
        case CQLParser::ON:
        case CQLParser::IS:
        case CQLParser::WITHIN:
        case CQLParser::WITH:
        case CQLParser::BEGIN:
        case CQLParser::END:
        case CQLParser::EVERY:
        case CQLParser::LAST:
        case CQLParser::ALL:
        case CQLParser::FIRST:
        case CQLParser::JOIN:
        case CQLParser::INNER:
        case CQLParser::OUTER:
        case CQLParser::RIGHT:
        case CQLParser::LEFT:
        case CQLParser::FULL:
        case CQLParser::UNIDIRECTIONAL:
        case CQLParser::AGGREGATION:
        case CQLParser::AGGREGATE:
        case CQLParser::PER:
        case CQLParser::STRING:
        case CQLParser::INT:
        case CQLParser::LONG:
        case CQLParser::FLOAT:
        case CQLParser::DOUBLE:
        case CQLParser::BOOL:
        case CQLParser::OBJECT:
        case CQLParser::YEARS:
        case CQLParser::MONTHS:
        case CQLParser::WEEKS:
        case CQLParser::DAYS:
        case CQLParser::HOURS:
        case CQLParser::MINUTES:
        case CQLParser::SECONDS:
        case CQLParser::MILLISECONDS:
        case CQLParser::STRING_LITERAL:
        case CQLParser::ID_QUOTES:
        case CQLParser::ID: {
          setState(216);
          annotation_element();
          break;
        }

        case CQLParser::AT_SYMBOL: {
          setState(217);
          annotation();
          break;
        }

      default:
        throw NoViableAltException(this);
      }
      setState(227);
      _errHandler->sync(this);
      _la = _input->LA(1);
      while (_la == CQLParser::COMMA) {
        setState(220);
        match(CQLParser::COMMA);
        setState(223);
        _errHandler->sync(this);
        switch (_input->LA(1)) {
          case CQLParser::STREAM:
          case CQLParser::DEFINE:
          case CQLParser::FUNCTION:
          case CQLParser::TRIGGER:
          case CQLParser::TABLE:
          case CQLParser::FROM:
          case CQLParser::PARTITION:
          case CQLParser::WINDOW:
          case CQLParser::SELECT:
          case CQLParser::GROUP:
          case CQLParser::BY:
          case CQLParser::ORDER:
          case CQLParser::LIMIT:
          case CQLParser::OFFSET:
          case CQLParser::ASC:
          case CQLParser::DESC:
          case CQLParser::HAVING:
          case CQLParser::INSERT:
          case CQLParser::DELETE:
          case CQLParser::UPDATE:
          case CQLParser::SET:
          case CQLParser::RETURN:
          case CQLParser::EVENTS:
          case CQLParser::INTO:
          case CQLParser::OUTPUT:
          case CQLParser::EXPIRED:
          case CQLParser::CURRENT:
          case CQLParser::SNAPSHOT:
          case CQLParser::FOR:
          case CQLParser::RAW:
          case CQLParser::OF:
          case CQLParser::AS:
          case CQLParser::AT:
          case CQLParser::OR:
          case CQLParser::AND:
          case CQLParser::IN:
          case CQLParser::ON:
          case CQLParser::IS:
          case CQLParser::WITHIN:
          case CQLParser::WITH:
          case CQLParser::BEGIN:
          case CQLParser::END:
          case CQLParser::EVERY:
          case CQLParser::LAST:
          case CQLParser::ALL:
          case CQLParser::FIRST:
          case CQLParser::JOIN:
          case CQLParser::INNER:
          case CQLParser::OUTER:
          case CQLParser::RIGHT:
          case CQLParser::LEFT:
          case CQLParser::FULL:
          case CQLParser::UNIDIRECTIONAL:
          case CQLParser::AGGREGATION:
          case CQLParser::AGGREGATE:
          case CQLParser::PER:
          case CQLParser::STRING:
          case CQLParser::INT:
          case CQLParser::LONG:
          case CQLParser::FLOAT:
          case CQLParser::DOUBLE:
          case CQLParser::BOOL:
          case CQLParser::OBJECT:
          case CQLParser::YEARS:
          case CQLParser::MONTHS:
          case CQLParser::WEEKS:
          case CQLParser::DAYS:
          case CQLParser::HOURS:
          case CQLParser::MINUTES:
          case CQLParser::SECONDS:
          case CQLParser::MILLISECONDS:
          case CQLParser::STRING_LITERAL:
          case CQLParser::ID_QUOTES:
          case CQLParser::ID: {
            setState(221);
            annotation_element();
            break;
          }

          case CQLParser::AT_SYMBOL: {
            setState(222);
            annotation();
            break;
          }

        default:
          throw NoViableAltException(this);
        }
        setState(229);
        _errHandler->sync(this);
        _la = _input->LA(1);
      }
      setState(230);
      match(CQLParser::RPAREN);
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Annotation_elementContext ------------------------------------------------------------------

CQLParser::Annotation_elementContext::Annotation_elementContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::Annotation_elementContext::STRING_LITERAL() {
  return getToken(CQLParser::STRING_LITERAL, 0);
}

tree::TerminalNode* CQLParser::Annotation_elementContext::ASSIGN() {
  return getToken(CQLParser::ASSIGN, 0);
}

CQLParser::Property_nameContext* CQLParser::Annotation_elementContext::property_name() {
  return getRuleContext<CQLParser::Property_nameContext>(0);
}


size_t CQLParser::Annotation_elementContext::getRuleIndex() const {
  return CQLParser::RuleAnnotation_element;
}


CQLParser::Annotation_elementContext* CQLParser::annotation_element() {
  Annotation_elementContext *_localctx = _tracker.createInstance<Annotation_elementContext>(_ctx, getState());
  enterRule(_localctx, 12, CQLParser::RuleAnnotation_element);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(237);
    _errHandler->sync(this);

    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 11, _ctx)) {
    case 1: {
      setState(234);
      dynamic_cast<Annotation_elementContext *>(_localctx)->key = property_name();
      setState(235);
      match(CQLParser::ASSIGN);
      break;
    }

    }
    setState(239);
    dynamic_cast<Annotation_elementContext *>(_localctx)->value = match(CQLParser::STRING_LITERAL);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Property_nameContext ------------------------------------------------------------------

CQLParser::Property_nameContext::Property_nameContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

std::vector<CQLParser::NameContext *> CQLParser::Property_nameContext::name() {
  return getRuleContexts<CQLParser::NameContext>();
}

CQLParser::NameContext* CQLParser::Property_nameContext::name(size_t i) {
  return getRuleContext<CQLParser::NameContext>(i);
}

std::vector<CQLParser::Property_separatorContext *> CQLParser::Property_nameContext::property_separator() {
  return getRuleContexts<CQLParser::Property_separatorContext>();
}

CQLParser::Property_separatorContext* CQLParser::Property_nameContext::property_separator(size_t i) {
  return getRuleContext<CQLParser::Property_separatorContext>(i);
}

tree::TerminalNode* CQLParser::Property_nameContext::STRING_LITERAL() {
  return getToken(CQLParser::STRING_LITERAL, 0);
}


size_t CQLParser::Property_nameContext::getRuleIndex() const {
  return CQLParser::RuleProperty_name;
}


CQLParser::Property_nameContext* CQLParser::property_name() {
  Property_nameContext *_localctx = _tracker.createInstance<Property_nameContext>(_ctx, getState());
  enterRule(_localctx, 14, CQLParser::RuleProperty_name);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(251);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case CQLParser::STREAM:
      case CQLParser::DEFINE:
      case CQLParser::FUNCTION:
      case CQLParser::TRIGGER:
      case CQLParser::TABLE:
      case CQLParser::FROM:
      case CQLParser::PARTITION:
      case CQLParser::WINDOW:
      case CQLParser::SELECT:
      case CQLParser::GROUP:
      case CQLParser::BY:
      case CQLParser::ORDER:
      case CQLParser::LIMIT:
      case CQLParser::OFFSET:
      case CQLParser::ASC:
      case CQLParser::DESC:
      case CQLParser::HAVING:
      case CQLParser::INSERT:
      case CQLParser::DELETE:
      case CQLParser::UPDATE:
      case CQLParser::SET:
      case CQLParser::RETURN:
      case CQLParser::EVENTS:
      case CQLParser::INTO:
      case CQLParser::OUTPUT:
      case CQLParser::EXPIRED:
      case CQLParser::CURRENT:
      case CQLParser::SNAPSHOT:
      case CQLParser::FOR:
      case CQLParser::RAW:
      case CQLParser::OF:
      case CQLParser::AS:
      case CQLParser::AT:
      case CQLParser::OR:
      case CQLParser::AND:
      case CQLParser::IN:
      case CQLParser::ON:
      case CQLParser::IS:
      case CQLParser::WITHIN:
      case CQLParser::WITH:
      case CQLParser::BEGIN:
      case CQLParser::END:
      case CQLParser::EVERY:
      case CQLParser::LAST:
      case CQLParser::ALL:
      case CQLParser::FIRST:
      case CQLParser::JOIN:
      case CQLParser::INNER:
      case CQLParser::OUTER:
      case CQLParser::RIGHT:
      case CQLParser::LEFT:
      case CQLParser::FULL:
      case CQLParser::UNIDIRECTIONAL:
      case CQLParser::AGGREGATION:
      case CQLParser::AGGREGATE:
      case CQLParser::PER:
      case CQLParser::STRING:
      case CQLParser::INT:
      case CQLParser::LONG:
      case CQLParser::FLOAT:
      case CQLParser::DOUBLE:
      case CQLParser::BOOL:
      case CQLParser::OBJECT:
      case CQLParser::YEARS:
      case CQLParser::MONTHS:
      case CQLParser::WEEKS:
      case CQLParser::DAYS:
      case CQLParser::HOURS:
      case CQLParser::MINUTES:
      case CQLParser::SECONDS:
      case CQLParser::MILLISECONDS:
      case CQLParser::ID_QUOTES:
      case CQLParser::ID: {
        enterOuterAlt(_localctx, 1);
        setState(241);
        name();
        setState(247);
        _errHandler->sync(this);
        _la = _input->LA(1);
        while ((((_la & ~ 0x3fULL) == 0) &&
          ((1ULL << _la) & ((1ULL << CQLParser::COL)
          | (1ULL << CQLParser::DOT)
          | (1ULL << CQLParser::MINUS))) != 0)) {
          setState(242);
          property_separator();
          setState(243);
          name();
          setState(249);
          _errHandler->sync(this);
          _la = _input->LA(1);
        }
        break;
      }

      case CQLParser::STRING_LITERAL: {
        enterOuterAlt(_localctx, 2);
        setState(250);
        dynamic_cast<Property_nameContext *>(_localctx)->key_string = match(CQLParser::STRING_LITERAL);
        break;
      }

    default:
      throw NoViableAltException(this);
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Property_separatorContext ------------------------------------------------------------------

CQLParser::Property_separatorContext::Property_separatorContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::Property_separatorContext::DOT() {
  return getToken(CQLParser::DOT, 0);
}

tree::TerminalNode* CQLParser::Property_separatorContext::MINUS() {
  return getToken(CQLParser::MINUS, 0);
}

tree::TerminalNode* CQLParser::Property_separatorContext::COL() {
  return getToken(CQLParser::COL, 0);
}


size_t CQLParser::Property_separatorContext::getRuleIndex() const {
  return CQLParser::RuleProperty_separator;
}


CQLParser::Property_separatorContext* CQLParser::property_separator() {
  Property_separatorContext *_localctx = _tracker.createInstance<Property_separatorContext>(_ctx, getState());
  enterRule(_localctx, 16, CQLParser::RuleProperty_separator);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(253);
    _la = _input->LA(1);
    if (!((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << CQLParser::COL)
      | (1ULL << CQLParser::DOT)
      | (1ULL << CQLParser::MINUS))) != 0))) {
    _errHandler->recoverInline(this);
    }
    else {
      _errHandler->reportMatch(this);
      consume();
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Definition_streamContext ------------------------------------------------------------------

CQLParser::Definition_streamContext::Definition_streamContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::Definition_streamContext::DEFINE() {
  return getToken(CQLParser::DEFINE, 0);
}

tree::TerminalNode* CQLParser::Definition_streamContext::STREAM() {
  return getToken(CQLParser::STREAM, 0);
}

CQLParser::SourceContext* CQLParser::Definition_streamContext::source() {
  return getRuleContext<CQLParser::SourceContext>(0);
}

CQLParser::Attribute_definitionsContext* CQLParser::Definition_streamContext::attribute_definitions() {
  return getRuleContext<CQLParser::Attribute_definitionsContext>(0);
}

std::vector<CQLParser::AnnotationContext *> CQLParser::Definition_streamContext::annotation() {
  return getRuleContexts<CQLParser::AnnotationContext>();
}

CQLParser::AnnotationContext* CQLParser::Definition_streamContext::annotation(size_t i) {
  return getRuleContext<CQLParser::AnnotationContext>(i);
}


size_t CQLParser::Definition_streamContext::getRuleIndex() const {
  return CQLParser::RuleDefinition_stream;
}


CQLParser::Definition_streamContext* CQLParser::definition_stream() {
  Definition_streamContext *_localctx = _tracker.createInstance<Definition_streamContext>(_ctx, getState());
  enterRule(_localctx, 18, CQLParser::RuleDefinition_stream);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(258);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == CQLParser::AT_SYMBOL) {
      setState(255);
      annotation();
      setState(260);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(261);
    match(CQLParser::DEFINE);
    setState(262);
    match(CQLParser::STREAM);
    setState(263);
    source();
    setState(264);
    attribute_definitions();
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Definition_tableContext ------------------------------------------------------------------

CQLParser::Definition_tableContext::Definition_tableContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::Definition_tableContext::DEFINE() {
  return getToken(CQLParser::DEFINE, 0);
}

tree::TerminalNode* CQLParser::Definition_tableContext::TABLE() {
  return getToken(CQLParser::TABLE, 0);
}

CQLParser::SourceContext* CQLParser::Definition_tableContext::source() {
  return getRuleContext<CQLParser::SourceContext>(0);
}

CQLParser::Attribute_definitionsContext* CQLParser::Definition_tableContext::attribute_definitions() {
  return getRuleContext<CQLParser::Attribute_definitionsContext>(0);
}

std::vector<CQLParser::AnnotationContext *> CQLParser::Definition_tableContext::annotation() {
  return getRuleContexts<CQLParser::AnnotationContext>();
}

CQLParser::AnnotationContext* CQLParser::Definition_tableContext::annotation(size_t i) {
  return getRuleContext<CQLParser::AnnotationContext>(i);
}


size_t CQLParser::Definition_tableContext::getRuleIndex() const {
  return CQLParser::RuleDefinition_table;
}


CQLParser::Definition_tableContext* CQLParser::definition_table() {
  Definition_tableContext *_localctx = _tracker.createInstance<Definition_tableContext>(_ctx, getState());
  enterRule(_localctx, 20, CQLParser::RuleDefinition_table);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(269);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == CQLParser::AT_SYMBOL) {
      setState(266);
      annotation();
      setState(271);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(272);
    match(CQLParser::DEFINE);
    setState(273);
    match(CQLParser::TABLE);
    setState(274);
    source();
    setState(275);
    attribute_definitions();
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Definition_windowContext ------------------------------------------------------------------

CQLParser::Definition_windowContext::Definition_windowContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::Definition_windowContext::DEFINE() {
  return getToken(CQLParser::DEFINE, 0);
}

tree::TerminalNode* CQLParser::Definition_windowContext::WINDOW() {
  return getToken(CQLParser::WINDOW, 0);
}

CQLParser::SourceContext* CQLParser::Definition_windowContext::source() {
  return getRuleContext<CQLParser::SourceContext>(0);
}

CQLParser::Attribute_definitionsContext* CQLParser::Definition_windowContext::attribute_definitions() {
  return getRuleContext<CQLParser::Attribute_definitionsContext>(0);
}

CQLParser::Function_operationContext* CQLParser::Definition_windowContext::function_operation() {
  return getRuleContext<CQLParser::Function_operationContext>(0);
}

std::vector<CQLParser::AnnotationContext *> CQLParser::Definition_windowContext::annotation() {
  return getRuleContexts<CQLParser::AnnotationContext>();
}

CQLParser::AnnotationContext* CQLParser::Definition_windowContext::annotation(size_t i) {
  return getRuleContext<CQLParser::AnnotationContext>(i);
}

tree::TerminalNode* CQLParser::Definition_windowContext::OUTPUT() {
  return getToken(CQLParser::OUTPUT, 0);
}

CQLParser::Output_event_typeContext* CQLParser::Definition_windowContext::output_event_type() {
  return getRuleContext<CQLParser::Output_event_typeContext>(0);
}


size_t CQLParser::Definition_windowContext::getRuleIndex() const {
  return CQLParser::RuleDefinition_window;
}


CQLParser::Definition_windowContext* CQLParser::definition_window() {
  Definition_windowContext *_localctx = _tracker.createInstance<Definition_windowContext>(_ctx, getState());
  enterRule(_localctx, 22, CQLParser::RuleDefinition_window);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(280);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == CQLParser::AT_SYMBOL) {
      setState(277);
      annotation();
      setState(282);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(283);
    match(CQLParser::DEFINE);
    setState(284);
    match(CQLParser::WINDOW);
    setState(285);
    source();
    setState(286);
    attribute_definitions();
    setState(287);
    dynamic_cast<Definition_windowContext *>(_localctx)->window_function = function_operation();
    setState(290);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == CQLParser::OUTPUT) {
      setState(288);
      match(CQLParser::OUTPUT);
      setState(289);
      output_event_type();
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Attribute_definitionsContext ------------------------------------------------------------------

CQLParser::Attribute_definitionsContext::Attribute_definitionsContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::Attribute_definitionsContext::LPAREN() {
  return getToken(CQLParser::LPAREN, 0);
}

std::vector<CQLParser::Attribute_definitionContext *> CQLParser::Attribute_definitionsContext::attribute_definition() {
  return getRuleContexts<CQLParser::Attribute_definitionContext>();
}

CQLParser::Attribute_definitionContext* CQLParser::Attribute_definitionsContext::attribute_definition(size_t i) {
  return getRuleContext<CQLParser::Attribute_definitionContext>(i);
}

tree::TerminalNode* CQLParser::Attribute_definitionsContext::RPAREN() {
  return getToken(CQLParser::RPAREN, 0);
}

std::vector<tree::TerminalNode *> CQLParser::Attribute_definitionsContext::COMMA() {
  return getTokens(CQLParser::COMMA);
}

tree::TerminalNode* CQLParser::Attribute_definitionsContext::COMMA(size_t i) {
  return getToken(CQLParser::COMMA, i);
}


size_t CQLParser::Attribute_definitionsContext::getRuleIndex() const {
  return CQLParser::RuleAttribute_definitions;
}


CQLParser::Attribute_definitionsContext* CQLParser::attribute_definitions() {
  Attribute_definitionsContext *_localctx = _tracker.createInstance<Attribute_definitionsContext>(_ctx, getState());
  enterRule(_localctx, 24, CQLParser::RuleAttribute_definitions);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(292);
    match(CQLParser::LPAREN);
    setState(293);
    attribute_definition();
    setState(298);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == CQLParser::COMMA) {
      setState(294);
      match(CQLParser::COMMA);
      setState(295);
      attribute_definition();
      setState(300);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(301);
    match(CQLParser::RPAREN);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Attribute_definitionContext ------------------------------------------------------------------

CQLParser::Attribute_definitionContext::Attribute_definitionContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

CQLParser::Attribute_typeContext* CQLParser::Attribute_definitionContext::attribute_type() {
  return getRuleContext<CQLParser::Attribute_typeContext>(0);
}

CQLParser::NameContext* CQLParser::Attribute_definitionContext::name() {
  return getRuleContext<CQLParser::NameContext>(0);
}


size_t CQLParser::Attribute_definitionContext::getRuleIndex() const {
  return CQLParser::RuleAttribute_definition;
}


CQLParser::Attribute_definitionContext* CQLParser::attribute_definition() {
  Attribute_definitionContext *_localctx = _tracker.createInstance<Attribute_definitionContext>(_ctx, getState());
  enterRule(_localctx, 26, CQLParser::RuleAttribute_definition);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(303);
    dynamic_cast<Attribute_definitionContext *>(_localctx)->attr_name = name();
    setState(304);
    attribute_type();
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Attribute_typeContext ------------------------------------------------------------------

CQLParser::Attribute_typeContext::Attribute_typeContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::Attribute_typeContext::STRING() {
  return getToken(CQLParser::STRING, 0);
}

tree::TerminalNode* CQLParser::Attribute_typeContext::INT() {
  return getToken(CQLParser::INT, 0);
}

tree::TerminalNode* CQLParser::Attribute_typeContext::LONG() {
  return getToken(CQLParser::LONG, 0);
}

tree::TerminalNode* CQLParser::Attribute_typeContext::FLOAT() {
  return getToken(CQLParser::FLOAT, 0);
}

tree::TerminalNode* CQLParser::Attribute_typeContext::DOUBLE() {
  return getToken(CQLParser::DOUBLE, 0);
}

tree::TerminalNode* CQLParser::Attribute_typeContext::BOOL() {
  return getToken(CQLParser::BOOL, 0);
}

tree::TerminalNode* CQLParser::Attribute_typeContext::OBJECT() {
  return getToken(CQLParser::OBJECT, 0);
}


size_t CQLParser::Attribute_typeContext::getRuleIndex() const {
  return CQLParser::RuleAttribute_type;
}


CQLParser::Attribute_typeContext* CQLParser::attribute_type() {
  Attribute_typeContext *_localctx = _tracker.createInstance<Attribute_typeContext>(_ctx, getState());
  enterRule(_localctx, 28, CQLParser::RuleAttribute_type);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(306);
    _la = _input->LA(1);
    if (!(((((_la - 87) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 87)) & ((1ULL << (CQLParser::STRING - 87))
      | (1ULL << (CQLParser::INT - 87))
      | (1ULL << (CQLParser::LONG - 87))
      | (1ULL << (CQLParser::FLOAT - 87))
      | (1ULL << (CQLParser::DOUBLE - 87))
      | (1ULL << (CQLParser::BOOL - 87))
      | (1ULL << (CQLParser::OBJECT - 87)))) != 0))) {
    _errHandler->recoverInline(this);
    }
    else {
      _errHandler->reportMatch(this);
      consume();
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Definition_triggerContext ------------------------------------------------------------------

CQLParser::Definition_triggerContext::Definition_triggerContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::Definition_triggerContext::DEFINE() {
  return getToken(CQLParser::DEFINE, 0);
}

tree::TerminalNode* CQLParser::Definition_triggerContext::TRIGGER() {
  return getToken(CQLParser::TRIGGER, 0);
}

tree::TerminalNode* CQLParser::Definition_triggerContext::AT() {
  return getToken(CQLParser::AT, 0);
}

CQLParser::NameContext* CQLParser::Definition_triggerContext::name() {
  return getRuleContext<CQLParser::NameContext>(0);
}

tree::TerminalNode* CQLParser::Definition_triggerContext::EVERY() {
  return getToken(CQLParser::EVERY, 0);
}

CQLParser::Time_valueContext* CQLParser::Definition_triggerContext::time_value() {
  return getRuleContext<CQLParser::Time_valueContext>(0);
}

tree::TerminalNode* CQLParser::Definition_triggerContext::STRING_LITERAL() {
  return getToken(CQLParser::STRING_LITERAL, 0);
}


size_t CQLParser::Definition_triggerContext::getRuleIndex() const {
  return CQLParser::RuleDefinition_trigger;
}


CQLParser::Definition_triggerContext* CQLParser::definition_trigger() {
  Definition_triggerContext *_localctx = _tracker.createInstance<Definition_triggerContext>(_ctx, getState());
  enterRule(_localctx, 30, CQLParser::RuleDefinition_trigger);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(308);
    match(CQLParser::DEFINE);
    setState(309);
    match(CQLParser::TRIGGER);
    setState(310);
    dynamic_cast<Definition_triggerContext *>(_localctx)->trigger_name = name();
    setState(311);
    match(CQLParser::AT);
    setState(315);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case CQLParser::EVERY: {
        setState(312);
        match(CQLParser::EVERY);
        setState(313);
        time_value();
        break;
      }

      case CQLParser::STRING_LITERAL: {
        setState(314);
        dynamic_cast<Definition_triggerContext *>(_localctx)->at_string = match(CQLParser::STRING_LITERAL);
        break;
      }

    default:
      throw NoViableAltException(this);
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Definition_functionContext ------------------------------------------------------------------

CQLParser::Definition_functionContext::Definition_functionContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::Definition_functionContext::DEFINE() {
  return getToken(CQLParser::DEFINE, 0);
}

tree::TerminalNode* CQLParser::Definition_functionContext::FUNCTION() {
  return getToken(CQLParser::FUNCTION, 0);
}

tree::TerminalNode* CQLParser::Definition_functionContext::LBRACK() {
  return getToken(CQLParser::LBRACK, 0);
}

tree::TerminalNode* CQLParser::Definition_functionContext::RBRACK() {
  return getToken(CQLParser::RBRACK, 0);
}

tree::TerminalNode* CQLParser::Definition_functionContext::RETURN() {
  return getToken(CQLParser::RETURN, 0);
}

CQLParser::Attribute_typeContext* CQLParser::Definition_functionContext::attribute_type() {
  return getRuleContext<CQLParser::Attribute_typeContext>(0);
}

std::vector<CQLParser::NameContext *> CQLParser::Definition_functionContext::name() {
  return getRuleContexts<CQLParser::NameContext>();
}

CQLParser::NameContext* CQLParser::Definition_functionContext::name(size_t i) {
  return getRuleContext<CQLParser::NameContext>(i);
}

tree::TerminalNode* CQLParser::Definition_functionContext::SCRIPT() {
  return getToken(CQLParser::SCRIPT, 0);
}


size_t CQLParser::Definition_functionContext::getRuleIndex() const {
  return CQLParser::RuleDefinition_function;
}


CQLParser::Definition_functionContext* CQLParser::definition_function() {
  Definition_functionContext *_localctx = _tracker.createInstance<Definition_functionContext>(_ctx, getState());
  enterRule(_localctx, 32, CQLParser::RuleDefinition_function);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(317);
    match(CQLParser::DEFINE);
    setState(318);
    match(CQLParser::FUNCTION);
    setState(319);
    dynamic_cast<Definition_functionContext *>(_localctx)->function_name = name();
    setState(320);
    match(CQLParser::LBRACK);
    setState(321);
    dynamic_cast<Definition_functionContext *>(_localctx)->language = name();
    setState(322);
    match(CQLParser::RBRACK);
    setState(323);
    match(CQLParser::RETURN);
    setState(324);
    attribute_type();
    setState(325);
    dynamic_cast<Definition_functionContext *>(_localctx)->body = match(CQLParser::SCRIPT);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Definition_aggregationContext ------------------------------------------------------------------

CQLParser::Definition_aggregationContext::Definition_aggregationContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::Definition_aggregationContext::DEFINE() {
  return getToken(CQLParser::DEFINE, 0);
}

tree::TerminalNode* CQLParser::Definition_aggregationContext::AGGREGATION() {
  return getToken(CQLParser::AGGREGATION, 0);
}

tree::TerminalNode* CQLParser::Definition_aggregationContext::FROM() {
  return getToken(CQLParser::FROM, 0);
}

CQLParser::Standard_streamContext* CQLParser::Definition_aggregationContext::standard_stream() {
  return getRuleContext<CQLParser::Standard_streamContext>(0);
}

CQLParser::Aggregation_selectionContext* CQLParser::Definition_aggregationContext::aggregation_selection() {
  return getRuleContext<CQLParser::Aggregation_selectionContext>(0);
}

tree::TerminalNode* CQLParser::Definition_aggregationContext::AGGREGATE() {
  return getToken(CQLParser::AGGREGATE, 0);
}

tree::TerminalNode* CQLParser::Definition_aggregationContext::EVERY() {
  return getToken(CQLParser::EVERY, 0);
}

CQLParser::Aggregation_timeContext* CQLParser::Definition_aggregationContext::aggregation_time() {
  return getRuleContext<CQLParser::Aggregation_timeContext>(0);
}

CQLParser::NameContext* CQLParser::Definition_aggregationContext::name() {
  return getRuleContext<CQLParser::NameContext>(0);
}

std::vector<CQLParser::AnnotationContext *> CQLParser::Definition_aggregationContext::annotation() {
  return getRuleContexts<CQLParser::AnnotationContext>();
}

CQLParser::AnnotationContext* CQLParser::Definition_aggregationContext::annotation(size_t i) {
  return getRuleContext<CQLParser::AnnotationContext>(i);
}

tree::TerminalNode* CQLParser::Definition_aggregationContext::BY() {
  return getToken(CQLParser::BY, 0);
}

CQLParser::Attribute_referenceContext* CQLParser::Definition_aggregationContext::attribute_reference() {
  return getRuleContext<CQLParser::Attribute_referenceContext>(0);
}


size_t CQLParser::Definition_aggregationContext::getRuleIndex() const {
  return CQLParser::RuleDefinition_aggregation;
}


CQLParser::Definition_aggregationContext* CQLParser::definition_aggregation() {
  Definition_aggregationContext *_localctx = _tracker.createInstance<Definition_aggregationContext>(_ctx, getState());
  enterRule(_localctx, 34, CQLParser::RuleDefinition_aggregation);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(330);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == CQLParser::AT_SYMBOL) {
      setState(327);
      annotation();
      setState(332);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(333);
    match(CQLParser::DEFINE);
    setState(334);
    match(CQLParser::AGGREGATION);
    setState(335);
    dynamic_cast<Definition_aggregationContext *>(_localctx)->aggregation_name = name();
    setState(336);
    match(CQLParser::FROM);
    setState(337);
    standard_stream();
    setState(338);
    aggregation_selection();
    setState(339);
    match(CQLParser::AGGREGATE);
    setState(342);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == CQLParser::BY) {
      setState(340);
      match(CQLParser::BY);
      setState(341);
      dynamic_cast<Definition_aggregationContext *>(_localctx)->timestamp_attr = attribute_reference();
    }
    setState(344);
    match(CQLParser::EVERY);
    setState(345);
    aggregation_time();
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Aggregation_selectionContext ------------------------------------------------------------------

CQLParser::Aggregation_selectionContext::Aggregation_selectionContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::Aggregation_selectionContext::SELECT() {
  return getToken(CQLParser::SELECT, 0);
}

std::vector<CQLParser::Output_attributeContext *> CQLParser::Aggregation_selectionContext::output_attribute() {
  return getRuleContexts<CQLParser::Output_attributeContext>();
}

CQLParser::Output_attributeContext* CQLParser::Aggregation_selectionContext::output_attribute(size_t i) {
  return getRuleContext<CQLParser::Output_attributeContext>(i);
}

tree::TerminalNode* CQLParser::Aggregation_selectionContext::STAR() {
  return getToken(CQLParser::STAR, 0);
}

CQLParser::Group_byContext* CQLParser::Aggregation_selectionContext::group_by() {
  return getRuleContext<CQLParser::Group_byContext>(0);
}

std::vector<tree::TerminalNode *> CQLParser::Aggregation_selectionContext::COMMA() {
  return getTokens(CQLParser::COMMA);
}

tree::TerminalNode* CQLParser::Aggregation_selectionContext::COMMA(size_t i) {
  return getToken(CQLParser::COMMA, i);
}


size_t CQLParser::Aggregation_selectionContext::getRuleIndex() const {
  return CQLParser::RuleAggregation_selection;
}


CQLParser::Aggregation_selectionContext* CQLParser::aggregation_selection() {
  Aggregation_selectionContext *_localctx = _tracker.createInstance<Aggregation_selectionContext>(_ctx, getState());
  enterRule(_localctx, 36, CQLParser::RuleAggregation_selection);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(347);
    match(CQLParser::SELECT);
    setState(357);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case CQLParser::STAR: {
        setState(348);
        dynamic_cast<Aggregation_selectionContext *>(_localctx)->star = match(CQLParser::STAR);
        break;
      }

      case CQLParser::LPAREN:
      case CQLParser::PLUS:
      case CQLParser::MINUS:
      case CQLParser::BANG:
      case CQLParser::HASH:
      case CQLParser::STREAM:
      case CQLParser::DEFINE:
      case CQLParser::FUNCTION:
      case CQLParser::TRIGGER:
      case CQLParser::TABLE:
      case CQLParser::FROM:
      case CQLParser::PARTITION:
      case CQLParser::WINDOW:
      case CQLParser::SELECT:
      case CQLParser::GROUP:
      case CQLParser::BY:
      case CQLParser::ORDER:
      case CQLParser::LIMIT:
      case CQLParser::OFFSET:
      case CQLParser::ASC:
      case CQLParser::DESC:
      case CQLParser::HAVING:
      case CQLParser::INSERT:
      case CQLParser::DELETE:
      case CQLParser::UPDATE:
      case CQLParser::SET:
      case CQLParser::RETURN:
      case CQLParser::EVENTS:
      case CQLParser::INTO:
      case CQLParser::OUTPUT:
      case CQLParser::EXPIRED:
      case CQLParser::CURRENT:
      case CQLParser::SNAPSHOT:
      case CQLParser::FOR:
      case CQLParser::RAW:
      case CQLParser::OF:
      case CQLParser::AS:
      case CQLParser::AT:
      case CQLParser::OR:
      case CQLParser::AND:
      case CQLParser::IN:
      case CQLParser::ON:
      case CQLParser::IS:
      case CQLParser::NOT:
      case CQLParser::WITHIN:
      case CQLParser::WITH:
      case CQLParser::BEGIN:
      case CQLParser::END:
      case CQLParser::NULL_:
      case CQLParser::EVERY:
      case CQLParser::LAST:
      case CQLParser::ALL:
      case CQLParser::FIRST:
      case CQLParser::JOIN:
      case CQLParser::INNER:
      case CQLParser::OUTER:
      case CQLParser::RIGHT:
      case CQLParser::LEFT:
      case CQLParser::FULL:
      case CQLParser::UNIDIRECTIONAL:
      case CQLParser::AGGREGATION:
      case CQLParser::AGGREGATE:
      case CQLParser::PER:
      case CQLParser::TRUE:
      case CQLParser::FALSE:
      case CQLParser::STRING:
      case CQLParser::INT:
      case CQLParser::LONG:
      case CQLParser::FLOAT:
      case CQLParser::DOUBLE:
      case CQLParser::BOOL:
      case CQLParser::OBJECT:
      case CQLParser::YEARS:
      case CQLParser::MONTHS:
      case CQLParser::WEEKS:
      case CQLParser::DAYS:
      case CQLParser::HOURS:
      case CQLParser::MINUTES:
      case CQLParser::SECONDS:
      case CQLParser::MILLISECONDS:
      case CQLParser::INT_LITERAL:
      case CQLParser::LONG_LITERAL:
      case CQLParser::FLOAT_LITERAL:
      case CQLParser::DOUBLE_LITERAL:
      case CQLParser::STRING_LITERAL:
      case CQLParser::ID_QUOTES:
      case CQLParser::ID: {
        setState(349);
        output_attribute();
        setState(354);
        _errHandler->sync(this);
        _la = _input->LA(1);
        while (_la == CQLParser::COMMA) {
          setState(350);
          match(CQLParser::COMMA);
          setState(351);
          output_attribute();
          setState(356);
          _errHandler->sync(this);
          _la = _input->LA(1);
        }
        break;
      }

    default:
      throw NoViableAltException(this);
    }
    setState(360);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == CQLParser::GROUP) {
      setState(359);
      group_by();
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Aggregation_timeContext ------------------------------------------------------------------

CQLParser::Aggregation_timeContext::Aggregation_timeContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}


size_t CQLParser::Aggregation_timeContext::getRuleIndex() const {
  return CQLParser::RuleAggregation_time;
}

void CQLParser::Aggregation_timeContext::copyFrom(Aggregation_timeContext *ctx) {
  ParserRuleContext::copyFrom(ctx);
}

//----------------- AggregationTimeRangeContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::AggregationTimeRangeContext::TRIPLE_DOT() {
  return getToken(CQLParser::TRIPLE_DOT, 0);
}

std::vector<CQLParser::Time_unitContext *> CQLParser::AggregationTimeRangeContext::time_unit() {
  return getRuleContexts<CQLParser::Time_unitContext>();
}

CQLParser::Time_unitContext* CQLParser::AggregationTimeRangeContext::time_unit(size_t i) {
  return getRuleContext<CQLParser::Time_unitContext>(i);
}

CQLParser::AggregationTimeRangeContext::AggregationTimeRangeContext(Aggregation_timeContext *ctx) { copyFrom(ctx); }


//----------------- AggregationTimeListContext ------------------------------------------------------------------

std::vector<CQLParser::Time_unitContext *> CQLParser::AggregationTimeListContext::time_unit() {
  return getRuleContexts<CQLParser::Time_unitContext>();
}

CQLParser::Time_unitContext* CQLParser::AggregationTimeListContext::time_unit(size_t i) {
  return getRuleContext<CQLParser::Time_unitContext>(i);
}

std::vector<tree::TerminalNode *> CQLParser::AggregationTimeListContext::COMMA() {
  return getTokens(CQLParser::COMMA);
}

tree::TerminalNode* CQLParser::AggregationTimeListContext::COMMA(size_t i) {
  return getToken(CQLParser::COMMA, i);
}

CQLParser::AggregationTimeListContext::AggregationTimeListContext(Aggregation_timeContext *ctx) { copyFrom(ctx); }


CQLParser::Aggregation_timeContext* CQLParser::aggregation_time() {
  Aggregation_timeContext *_localctx = _tracker.createInstance<Aggregation_timeContext>(_ctx, getState());
  enterRule(_localctx, 38, CQLParser::RuleAggregation_time);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(374);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 26, _ctx)) {
    case 1: {
      _localctx = dynamic_cast<Aggregation_timeContext *>(_tracker.createInstance<CQLParser::AggregationTimeRangeContext>(_localctx));
      enterOuterAlt(_localctx, 1);
      setState(362);
      dynamic_cast<AggregationTimeRangeContext *>(_localctx)->from_unit = time_unit();
      setState(363);
      match(CQLParser::TRIPLE_DOT);
      setState(364);
      dynamic_cast<AggregationTimeRangeContext *>(_localctx)->to_unit = time_unit();
      break;
    }

    case 2: {
      _localctx = dynamic_cast<Aggregation_timeContext *>(_tracker.createInstance<CQLParser::AggregationTimeListContext>(_localctx));
      enterOuterAlt(_localctx, 2);
      setState(366);
      time_unit();
      setState(371);
      _errHandler->sync(this);
      _la = _input->LA(1);
      while (_la == CQLParser::COMMA) {
        setState(367);
        match(CQLParser::COMMA);
        setState(368);
        time_unit();
        setState(373);
        _errHandler->sync(this);
        _la = _input->LA(1);
      }
      break;
    }

    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- PartitionContext ------------------------------------------------------------------

CQLParser::PartitionContext::PartitionContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::PartitionContext::PARTITION() {
  return getToken(CQLParser::PARTITION, 0);
}

tree::TerminalNode* CQLParser::PartitionContext::WITH() {
  return getToken(CQLParser::WITH, 0);
}

tree::TerminalNode* CQLParser::PartitionContext::LPAREN() {
  return getToken(CQLParser::LPAREN, 0);
}

std::vector<CQLParser::Partition_with_streamContext *> CQLParser::PartitionContext::partition_with_stream() {
  return getRuleContexts<CQLParser::Partition_with_streamContext>();
}

CQLParser::Partition_with_streamContext* CQLParser::PartitionContext::partition_with_stream(size_t i) {
  return getRuleContext<CQLParser::Partition_with_streamContext>(i);
}

tree::TerminalNode* CQLParser::PartitionContext::RPAREN() {
  return getToken(CQLParser::RPAREN, 0);
}

tree::TerminalNode* CQLParser::PartitionContext::BEGIN() {
  return getToken(CQLParser::BEGIN, 0);
}

std::vector<CQLParser::QueryContext *> CQLParser::PartitionContext::query() {
  return getRuleContexts<CQLParser::QueryContext>();
}

CQLParser::QueryContext* CQLParser::PartitionContext::query(size_t i) {
  return getRuleContext<CQLParser::QueryContext>(i);
}

tree::TerminalNode* CQLParser::PartitionContext::END() {
  return getToken(CQLParser::END, 0);
}

std::vector<CQLParser::AnnotationContext *> CQLParser::PartitionContext::annotation() {
  return getRuleContexts<CQLParser::AnnotationContext>();
}

CQLParser::AnnotationContext* CQLParser::PartitionContext::annotation(size_t i) {
  return getRuleContext<CQLParser::AnnotationContext>(i);
}

std::vector<tree::TerminalNode *> CQLParser::PartitionContext::COMMA() {
  return getTokens(CQLParser::COMMA);
}

tree::TerminalNode* CQLParser::PartitionContext::COMMA(size_t i) {
  return getToken(CQLParser::COMMA, i);
}

std::vector<tree::TerminalNode *> CQLParser::PartitionContext::SCOL() {
  return getTokens(CQLParser::SCOL);
}

tree::TerminalNode* CQLParser::PartitionContext::SCOL(size_t i) {
  return getToken(CQLParser::SCOL, i);
}


size_t CQLParser::PartitionContext::getRuleIndex() const {
  return CQLParser::RulePartition;
}


CQLParser::PartitionContext* CQLParser::partition() {
  PartitionContext *_localctx = _tracker.createInstance<PartitionContext>(_ctx, getState());
  enterRule(_localctx, 40, CQLParser::RulePartition);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    size_t alt;
    enterOuterAlt(_localctx, 1);
    setState(379);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == CQLParser::AT_SYMBOL) {
      setState(376);
      annotation();
      setState(381);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(382);
    match(CQLParser::PARTITION);
    setState(383);
    match(CQLParser::WITH);
    setState(384);
    match(CQLParser::LPAREN);
    setState(385);
    partition_with_stream();
    setState(390);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == CQLParser::COMMA) {
      setState(386);
      match(CQLParser::COMMA);
      setState(387);
      partition_with_stream();
      setState(392);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(393);
    match(CQLParser::RPAREN);
    setState(394);
    match(CQLParser::BEGIN);
    setState(395);
    query();
    setState(400);
    _errHandler->sync(this);
    alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 29, _ctx);
    while (alt != 2 && alt != atn::ATN::INVALID_ALT_NUMBER) {
      if (alt == 1) {
        setState(396);
        match(CQLParser::SCOL);
        setState(397);
        query(); 
      }
      setState(402);
      _errHandler->sync(this);
      alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 29, _ctx);
    }
    setState(404);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == CQLParser::SCOL) {
      setState(403);
      match(CQLParser::SCOL);
    }
    setState(406);
    match(CQLParser::END);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Partition_with_streamContext ------------------------------------------------------------------

CQLParser::Partition_with_streamContext::Partition_with_streamContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}


size_t CQLParser::Partition_with_streamContext::getRuleIndex() const {
  return CQLParser::RulePartition_with_stream;
}

void CQLParser::Partition_with_streamContext::copyFrom(Partition_with_streamContext *ctx) {
  ParserRuleContext::copyFrom(ctx);
}

//----------------- RangePartitionContext ------------------------------------------------------------------

std::vector<CQLParser::Condition_rangeContext *> CQLParser::RangePartitionContext::condition_range() {
  return getRuleContexts<CQLParser::Condition_rangeContext>();
}

CQLParser::Condition_rangeContext* CQLParser::RangePartitionContext::condition_range(size_t i) {
  return getRuleContext<CQLParser::Condition_rangeContext>(i);
}

tree::TerminalNode* CQLParser::RangePartitionContext::OF() {
  return getToken(CQLParser::OF, 0);
}

CQLParser::NameContext* CQLParser::RangePartitionContext::name() {
  return getRuleContext<CQLParser::NameContext>(0);
}

std::vector<tree::TerminalNode *> CQLParser::RangePartitionContext::OR() {
  return getTokens(CQLParser::OR);
}

tree::TerminalNode* CQLParser::RangePartitionContext::OR(size_t i) {
  return getToken(CQLParser::OR, i);
}

CQLParser::RangePartitionContext::RangePartitionContext(Partition_with_streamContext *ctx) { copyFrom(ctx); }


//----------------- ValuePartitionContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::ValuePartitionContext::OF() {
  return getToken(CQLParser::OF, 0);
}

CQLParser::ExpressionContext* CQLParser::ValuePartitionContext::expression() {
  return getRuleContext<CQLParser::ExpressionContext>(0);
}

CQLParser::NameContext* CQLParser::ValuePartitionContext::name() {
  return getRuleContext<CQLParser::NameContext>(0);
}

CQLParser::ValuePartitionContext::ValuePartitionContext(Partition_with_streamContext *ctx) { copyFrom(ctx); }


CQLParser::Partition_with_streamContext* CQLParser::partition_with_stream() {
  Partition_with_streamContext *_localctx = _tracker.createInstance<Partition_with_streamContext>(_ctx, getState());
  enterRule(_localctx, 42, CQLParser::RulePartition_with_stream);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(423);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 32, _ctx)) {
    case 1: {
      _localctx = dynamic_cast<Partition_with_streamContext *>(_tracker.createInstance<CQLParser::RangePartitionContext>(_localctx));
      enterOuterAlt(_localctx, 1);
      setState(408);
      condition_range();
      setState(413);
      _errHandler->sync(this);
      _la = _input->LA(1);
      while (_la == CQLParser::OR) {
        setState(409);
        match(CQLParser::OR);
        setState(410);
        condition_range();
        setState(415);
        _errHandler->sync(this);
        _la = _input->LA(1);
      }
      setState(416);
      match(CQLParser::OF);
      setState(417);
      dynamic_cast<RangePartitionContext *>(_localctx)->stream_name = name();
      break;
    }

    case 2: {
      _localctx = dynamic_cast<Partition_with_streamContext *>(_tracker.createInstance<CQLParser::ValuePartitionContext>(_localctx));
      enterOuterAlt(_localctx, 2);
      setState(419);
      dynamic_cast<ValuePartitionContext *>(_localctx)->key = expression(0);
      setState(420);
      match(CQLParser::OF);
      setState(421);
      dynamic_cast<ValuePartitionContext *>(_localctx)->stream_name = name();
      break;
    }

    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Condition_rangeContext ------------------------------------------------------------------

CQLParser::Condition_rangeContext::Condition_rangeContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::Condition_rangeContext::AS() {
  return getToken(CQLParser::AS, 0);
}

CQLParser::ExpressionContext* CQLParser::Condition_rangeContext::expression() {
  return getRuleContext<CQLParser::ExpressionContext>(0);
}

tree::TerminalNode* CQLParser::Condition_rangeContext::STRING_LITERAL() {
  return getToken(CQLParser::STRING_LITERAL, 0);
}


size_t CQLParser::Condition_rangeContext::getRuleIndex() const {
  return CQLParser::RuleCondition_range;
}


CQLParser::Condition_rangeContext* CQLParser::condition_range() {
  Condition_rangeContext *_localctx = _tracker.createInstance<Condition_rangeContext>(_ctx, getState());
  enterRule(_localctx, 44, CQLParser::RuleCondition_range);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(425);
    dynamic_cast<Condition_rangeContext *>(_localctx)->condition = expression(0);
    setState(426);
    match(CQLParser::AS);
    setState(427);
    dynamic_cast<Condition_rangeContext *>(_localctx)->range_label = match(CQLParser::STRING_LITERAL);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- QueryContext ------------------------------------------------------------------

CQLParser::QueryContext::QueryContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::QueryContext::FROM() {
  return getToken(CQLParser::FROM, 0);
}

CQLParser::Query_inputContext* CQLParser::QueryContext::query_input() {
  return getRuleContext<CQLParser::Query_inputContext>(0);
}

CQLParser::Query_outputContext* CQLParser::QueryContext::query_output() {
  return getRuleContext<CQLParser::Query_outputContext>(0);
}

std::vector<CQLParser::AnnotationContext *> CQLParser::QueryContext::annotation() {
  return getRuleContexts<CQLParser::AnnotationContext>();
}

CQLParser::AnnotationContext* CQLParser::QueryContext::annotation(size_t i) {
  return getRuleContext<CQLParser::AnnotationContext>(i);
}

CQLParser::Query_sectionContext* CQLParser::QueryContext::query_section() {
  return getRuleContext<CQLParser::Query_sectionContext>(0);
}

CQLParser::Output_rateContext* CQLParser::QueryContext::output_rate() {
  return getRuleContext<CQLParser::Output_rateContext>(0);
}


size_t CQLParser::QueryContext::getRuleIndex() const {
  return CQLParser::RuleQuery;
}


CQLParser::QueryContext* CQLParser::query() {
  QueryContext *_localctx = _tracker.createInstance<QueryContext>(_ctx, getState());
  enterRule(_localctx, 46, CQLParser::RuleQuery);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(432);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == CQLParser::AT_SYMBOL) {
      setState(429);
      annotation();
      setState(434);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
    setState(435);
    match(CQLParser::FROM);
    setState(436);
    query_input();
    setState(438);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == CQLParser::SELECT) {
      setState(437);
      query_section();
    }
    setState(441);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == CQLParser::OUTPUT) {
      setState(440);
      output_rate();
    }
    setState(443);
    query_output();
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Query_inputContext ------------------------------------------------------------------

CQLParser::Query_inputContext::Query_inputContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

CQLParser::Standard_streamContext* CQLParser::Query_inputContext::standard_stream() {
  return getRuleContext<CQLParser::Standard_streamContext>(0);
}

CQLParser::Join_streamContext* CQLParser::Query_inputContext::join_stream() {
  return getRuleContext<CQLParser::Join_streamContext>(0);
}

CQLParser::Pattern_streamContext* CQLParser::Query_inputContext::pattern_stream() {
  return getRuleContext<CQLParser::Pattern_streamContext>(0);
}

CQLParser::Sequence_streamContext* CQLParser::Query_inputContext::sequence_stream() {
  return getRuleContext<CQLParser::Sequence_streamContext>(0);
}


size_t CQLParser::Query_inputContext::getRuleIndex() const {
  return CQLParser::RuleQuery_input;
}


CQLParser::Query_inputContext* CQLParser::query_input() {
  Query_inputContext *_localctx = _tracker.createInstance<Query_inputContext>(_ctx, getState());
  enterRule(_localctx, 48, CQLParser::RuleQuery_input);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(449);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 36, _ctx)) {
    case 1: {
      enterOuterAlt(_localctx, 1);
      setState(445);
      standard_stream();
      break;
    }

    case 2: {
      enterOuterAlt(_localctx, 2);
      setState(446);
      join_stream();
      break;
    }

    case 3: {
      enterOuterAlt(_localctx, 3);
      setState(447);
      pattern_stream();
      break;
    }

    case 4: {
      enterOuterAlt(_localctx, 4);
      setState(448);
      sequence_stream();
      break;
    }

    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Standard_streamContext ------------------------------------------------------------------

CQLParser::Standard_streamContext::Standard_streamContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

CQLParser::SourceContext* CQLParser::Standard_streamContext::source() {
  return getRuleContext<CQLParser::SourceContext>(0);
}

CQLParser::WindowContext* CQLParser::Standard_streamContext::window() {
  return getRuleContext<CQLParser::WindowContext>(0);
}

std::vector<CQLParser::Stream_handlersContext *> CQLParser::Standard_streamContext::stream_handlers() {
  return getRuleContexts<CQLParser::Stream_handlersContext>();
}

CQLParser::Stream_handlersContext* CQLParser::Standard_streamContext::stream_handlers(size_t i) {
  return getRuleContext<CQLParser::Stream_handlersContext>(i);
}


size_t CQLParser::Standard_streamContext::getRuleIndex() const {
  return CQLParser::RuleStandard_stream;
}


CQLParser::Standard_streamContext* CQLParser::standard_stream() {
  Standard_streamContext *_localctx = _tracker.createInstance<Standard_streamContext>(_ctx, getState());
  enterRule(_localctx, 50, CQLParser::RuleStandard_stream);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(451);
    source();
    setState(453);
    _errHandler->sync(this);

    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 37, _ctx)) {
    case 1: {
      setState(452);
      dynamic_cast<Standard_streamContext *>(_localctx)->pre_window_handlers = stream_handlers();
      break;
    }

    }
    setState(459);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == CQLParser::HASH) {
      setState(455);
      window();
      setState(457);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == CQLParser::LBRACK

      || _la == CQLParser::HASH) {
        setState(456);
        dynamic_cast<Standard_streamContext *>(_localctx)->post_window_handlers = stream_handlers();
      }
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Stream_handlersContext ------------------------------------------------------------------

CQLParser::Stream_handlersContext::Stream_handlersContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

std::vector<CQLParser::Stream_handlerContext *> CQLParser::Stream_handlersContext::stream_handler() {
  return getRuleContexts<CQLParser::Stream_handlerContext>();
}

CQLParser::Stream_handlerContext* CQLParser::Stream_handlersContext::stream_handler(size_t i) {
  return getRuleContext<CQLParser::Stream_handlerContext>(i);
}


size_t CQLParser::Stream_handlersContext::getRuleIndex() const {
  return CQLParser::RuleStream_handlers;
}


CQLParser::Stream_handlersContext* CQLParser::stream_handlers() {
  Stream_handlersContext *_localctx = _tracker.createInstance<Stream_handlersContext>(_ctx, getState());
  enterRule(_localctx, 52, CQLParser::RuleStream_handlers);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    size_t alt;
    enterOuterAlt(_localctx, 1);
    setState(462); 
    _errHandler->sync(this);
    alt = 1;
    do {
      switch (alt) {
        case 1: {
              setState(461);
              stream_handler();
              break;
            }

      default:
        throw NoViableAltException(this);
      }
      setState(464); 
      _errHandler->sync(this);
      alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 40, _ctx);
    } while (alt != 2 && alt != atn::ATN::INVALID_ALT_NUMBER);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Stream_handlerContext ------------------------------------------------------------------

CQLParser::Stream_handlerContext::Stream_handlerContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

CQLParser::FilterContext* CQLParser::Stream_handlerContext::filter() {
  return getRuleContext<CQLParser::FilterContext>(0);
}

CQLParser::Stream_functionContext* CQLParser::Stream_handlerContext::stream_function() {
  return getRuleContext<CQLParser::Stream_functionContext>(0);
}


size_t CQLParser::Stream_handlerContext::getRuleIndex() const {
  return CQLParser::RuleStream_handler;
}


CQLParser::Stream_handlerContext* CQLParser::stream_handler() {
  Stream_handlerContext *_localctx = _tracker.createInstance<Stream_handlerContext>(_ctx, getState());
  enterRule(_localctx, 54, CQLParser::RuleStream_handler);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(468);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 41, _ctx)) {
    case 1: {
      enterOuterAlt(_localctx, 1);
      setState(466);
      filter();
      break;
    }

    case 2: {
      enterOuterAlt(_localctx, 2);
      setState(467);
      stream_function();
      break;
    }

    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- FilterContext ------------------------------------------------------------------

CQLParser::FilterContext::FilterContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::FilterContext::LBRACK() {
  return getToken(CQLParser::LBRACK, 0);
}

tree::TerminalNode* CQLParser::FilterContext::RBRACK() {
  return getToken(CQLParser::RBRACK, 0);
}

CQLParser::ExpressionContext* CQLParser::FilterContext::expression() {
  return getRuleContext<CQLParser::ExpressionContext>(0);
}

tree::TerminalNode* CQLParser::FilterContext::HASH() {
  return getToken(CQLParser::HASH, 0);
}


size_t CQLParser::FilterContext::getRuleIndex() const {
  return CQLParser::RuleFilter;
}


CQLParser::FilterContext* CQLParser::filter() {
  FilterContext *_localctx = _tracker.createInstance<FilterContext>(_ctx, getState());
  enterRule(_localctx, 56, CQLParser::RuleFilter);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(471);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == CQLParser::HASH) {
      setState(470);
      match(CQLParser::HASH);
    }
    setState(473);
    match(CQLParser::LBRACK);
    setState(474);
    dynamic_cast<FilterContext *>(_localctx)->condition = expression(0);
    setState(475);
    match(CQLParser::RBRACK);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Stream_functionContext ------------------------------------------------------------------

CQLParser::Stream_functionContext::Stream_functionContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::Stream_functionContext::HASH() {
  return getToken(CQLParser::HASH, 0);
}

CQLParser::Function_operationContext* CQLParser::Stream_functionContext::function_operation() {
  return getRuleContext<CQLParser::Function_operationContext>(0);
}


size_t CQLParser::Stream_functionContext::getRuleIndex() const {
  return CQLParser::RuleStream_function;
}


CQLParser::Stream_functionContext* CQLParser::stream_function() {
  Stream_functionContext *_localctx = _tracker.createInstance<Stream_functionContext>(_ctx, getState());
  enterRule(_localctx, 58, CQLParser::RuleStream_function);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(477);
    match(CQLParser::HASH);
    setState(478);
    function_operation();
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- WindowContext ------------------------------------------------------------------

CQLParser::WindowContext::WindowContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::WindowContext::HASH() {
  return getToken(CQLParser::HASH, 0);
}

tree::TerminalNode* CQLParser::WindowContext::WINDOW() {
  return getToken(CQLParser::WINDOW, 0);
}

tree::TerminalNode* CQLParser::WindowContext::DOT() {
  return getToken(CQLParser::DOT, 0);
}

CQLParser::Function_operationContext* CQLParser::WindowContext::function_operation() {
  return getRuleContext<CQLParser::Function_operationContext>(0);
}


size_t CQLParser::WindowContext::getRuleIndex() const {
  return CQLParser::RuleWindow;
}


CQLParser::WindowContext* CQLParser::window() {
  WindowContext *_localctx = _tracker.createInstance<WindowContext>(_ctx, getState());
  enterRule(_localctx, 60, CQLParser::RuleWindow);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(480);
    match(CQLParser::HASH);
    setState(481);
    match(CQLParser::WINDOW);
    setState(482);
    match(CQLParser::DOT);
    setState(483);
    function_operation();
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- SourceContext ------------------------------------------------------------------

CQLParser::SourceContext::SourceContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

CQLParser::NameContext* CQLParser::SourceContext::name() {
  return getRuleContext<CQLParser::NameContext>(0);
}

tree::TerminalNode* CQLParser::SourceContext::HASH() {
  return getToken(CQLParser::HASH, 0);
}

tree::TerminalNode* CQLParser::SourceContext::BANG() {
  return getToken(CQLParser::BANG, 0);
}


size_t CQLParser::SourceContext::getRuleIndex() const {
  return CQLParser::RuleSource;
}


CQLParser::SourceContext* CQLParser::source() {
  SourceContext *_localctx = _tracker.createInstance<SourceContext>(_ctx, getState());
  enterRule(_localctx, 62, CQLParser::RuleSource);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(487);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case CQLParser::HASH: {
        setState(485);
        dynamic_cast<SourceContext *>(_localctx)->inner = match(CQLParser::HASH);
        break;
      }

      case CQLParser::BANG: {
        setState(486);
        dynamic_cast<SourceContext *>(_localctx)->fault = match(CQLParser::BANG);
        break;
      }

      case CQLParser::STREAM:
      case CQLParser::DEFINE:
      case CQLParser::FUNCTION:
      case CQLParser::TRIGGER:
      case CQLParser::TABLE:
      case CQLParser::FROM:
      case CQLParser::PARTITION:
      case CQLParser::WINDOW:
      case CQLParser::SELECT:
      case CQLParser::GROUP:
      case CQLParser::BY:
      case CQLParser::ORDER:
      case CQLParser::LIMIT:
      case CQLParser::OFFSET:
      case CQLParser::ASC:
      case CQLParser::DESC:
      case CQLParser::HAVING:
      case CQLParser::INSERT:
      case CQLParser::DELETE:
      case CQLParser::UPDATE:
      case CQLParser::SET:
      case CQLParser::RETURN:
      case CQLParser::EVENTS:
      case CQLParser::INTO:
      case CQLParser::OUTPUT:
      case CQLParser::EXPIRED:
      case CQLParser::CURRENT:
      case CQLParser::SNAPSHOT:
      case CQLParser::FOR:
      case CQLParser::RAW:
      case CQLParser::OF:
      case CQLParser::AS:
      case CQLParser::AT:
      case CQLParser::OR:
      case CQLParser::AND:
      case CQLParser::IN:
      case CQLParser::ON:
      case CQLParser::IS:
      case CQLParser::WITHIN:
      case CQLParser::WITH:
      case CQLParser::BEGIN:
      case CQLParser::END:
      case CQLParser::EVERY:
      case CQLParser::LAST:
      case CQLParser::ALL:
      case CQLParser::FIRST:
      case CQLParser::JOIN:
      case CQLParser::INNER:
      case CQLParser::OUTER:
      case CQLParser::RIGHT:
      case CQLParser::LEFT:
      case CQLParser::FULL:
      case CQLParser::UNIDIRECTIONAL:
      case CQLParser::AGGREGATION:
      case CQLParser::AGGREGATE:
      case CQLParser::PER:
      case CQLParser::STRING:
      case CQLParser::INT:
      case CQLParser::LONG:
      case CQLParser::FLOAT:
      case CQLParser::DOUBLE:
      case CQLParser::BOOL:
      case CQLParser::OBJECT:
      case CQLParser::YEARS:
      case CQLParser::MONTHS:
      case CQLParser::WEEKS:
      case CQLParser::DAYS:
      case CQLParser::HOURS:
      case CQLParser::MINUTES:
      case CQLParser::SECONDS:
      case CQLParser::MILLISECONDS:
      case CQLParser::ID_QUOTES:
      case CQLParser::ID: {
        break;
      }

    default:
      break;
    }
    setState(489);
    dynamic_cast<SourceContext *>(_localctx)->stream_name = name();
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Join_streamContext ------------------------------------------------------------------

CQLParser::Join_streamContext::Join_streamContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

std::vector<CQLParser::Join_sourceContext *> CQLParser::Join_streamContext::join_source() {
  return getRuleContexts<CQLParser::Join_sourceContext>();
}

CQLParser::Join_sourceContext* CQLParser::Join_streamContext::join_source(size_t i) {
  return getRuleContext<CQLParser::Join_sourceContext>(i);
}

CQLParser::Join_typeContext* CQLParser::Join_streamContext::join_type() {
  return getRuleContext<CQLParser::Join_typeContext>(0);
}

tree::TerminalNode* CQLParser::Join_streamContext::UNIDIRECTIONAL() {
  return getToken(CQLParser::UNIDIRECTIONAL, 0);
}

tree::TerminalNode* CQLParser::Join_streamContext::ON() {
  return getToken(CQLParser::ON, 0);
}

CQLParser::Within_time_rangeContext* CQLParser::Join_streamContext::within_time_range() {
  return getRuleContext<CQLParser::Within_time_rangeContext>(0);
}

CQLParser::Per_clauseContext* CQLParser::Join_streamContext::per_clause() {
  return getRuleContext<CQLParser::Per_clauseContext>(0);
}

CQLParser::ExpressionContext* CQLParser::Join_streamContext::expression() {
  return getRuleContext<CQLParser::ExpressionContext>(0);
}


size_t CQLParser::Join_streamContext::getRuleIndex() const {
  return CQLParser::RuleJoin_stream;
}


CQLParser::Join_streamContext* CQLParser::join_stream() {
  Join_streamContext *_localctx = _tracker.createInstance<Join_streamContext>(_ctx, getState());
  enterRule(_localctx, 64, CQLParser::RuleJoin_stream);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(491);
    dynamic_cast<Join_streamContext *>(_localctx)->left_source = join_source();
    setState(501);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case CQLParser::JOIN:
      case CQLParser::INNER:
      case CQLParser::OUTER:
      case CQLParser::RIGHT:
      case CQLParser::LEFT:
      case CQLParser::FULL: {
        setState(492);
        join_type();
        setState(493);
        dynamic_cast<Join_streamContext *>(_localctx)->right_source = join_source();
        setState(495);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == CQLParser::UNIDIRECTIONAL) {
          setState(494);
          dynamic_cast<Join_streamContext *>(_localctx)->right_unidirectional = match(CQLParser::UNIDIRECTIONAL);
        }
        break;
      }

      case CQLParser::UNIDIRECTIONAL: {
        setState(497);
        dynamic_cast<Join_streamContext *>(_localctx)->left_unidirectional = match(CQLParser::UNIDIRECTIONAL);
        setState(498);
        join_type();
        setState(499);
        dynamic_cast<Join_streamContext *>(_localctx)->right_source = join_source();
        break;
      }

    default:
      throw NoViableAltException(this);
    }
    setState(505);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == CQLParser::ON) {
      setState(503);
      match(CQLParser::ON);
      setState(504);
      dynamic_cast<Join_streamContext *>(_localctx)->on_condition = expression(0);
    }
    setState(510);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == CQLParser::WITHIN) {
      setState(507);
      within_time_range();
      setState(508);
      per_clause();
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Join_sourceContext ------------------------------------------------------------------

CQLParser::Join_sourceContext::Join_sourceContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

CQLParser::SourceContext* CQLParser::Join_sourceContext::source() {
  return getRuleContext<CQLParser::SourceContext>(0);
}

CQLParser::Stream_handlersContext* CQLParser::Join_sourceContext::stream_handlers() {
  return getRuleContext<CQLParser::Stream_handlersContext>(0);
}

CQLParser::WindowContext* CQLParser::Join_sourceContext::window() {
  return getRuleContext<CQLParser::WindowContext>(0);
}

tree::TerminalNode* CQLParser::Join_sourceContext::AS() {
  return getToken(CQLParser::AS, 0);
}

CQLParser::NameContext* CQLParser::Join_sourceContext::name() {
  return getRuleContext<CQLParser::NameContext>(0);
}


size_t CQLParser::Join_sourceContext::getRuleIndex() const {
  return CQLParser::RuleJoin_source;
}


CQLParser::Join_sourceContext* CQLParser::join_source() {
  Join_sourceContext *_localctx = _tracker.createInstance<Join_sourceContext>(_ctx, getState());
  enterRule(_localctx, 66, CQLParser::RuleJoin_source);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(512);
    source();
    setState(514);
    _errHandler->sync(this);

    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 48, _ctx)) {
    case 1: {
      setState(513);
      stream_handlers();
      break;
    }

    }
    setState(517);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == CQLParser::HASH) {
      setState(516);
      window();
    }
    setState(521);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == CQLParser::AS) {
      setState(519);
      match(CQLParser::AS);
      setState(520);
      dynamic_cast<Join_sourceContext *>(_localctx)->alias = name();
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Join_typeContext ------------------------------------------------------------------

CQLParser::Join_typeContext::Join_typeContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}


size_t CQLParser::Join_typeContext::getRuleIndex() const {
  return CQLParser::RuleJoin_type;
}

void CQLParser::Join_typeContext::copyFrom(Join_typeContext *ctx) {
  ParserRuleContext::copyFrom(ctx);
}

//----------------- BareOuterJoinContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::BareOuterJoinContext::OUTER() {
  return getToken(CQLParser::OUTER, 0);
}

tree::TerminalNode* CQLParser::BareOuterJoinContext::JOIN() {
  return getToken(CQLParser::JOIN, 0);
}

CQLParser::BareOuterJoinContext::BareOuterJoinContext(Join_typeContext *ctx) { copyFrom(ctx); }


//----------------- InnerJoinContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::InnerJoinContext::JOIN() {
  return getToken(CQLParser::JOIN, 0);
}

tree::TerminalNode* CQLParser::InnerJoinContext::INNER() {
  return getToken(CQLParser::INNER, 0);
}

CQLParser::InnerJoinContext::InnerJoinContext(Join_typeContext *ctx) { copyFrom(ctx); }


//----------------- RightOuterJoinContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::RightOuterJoinContext::RIGHT() {
  return getToken(CQLParser::RIGHT, 0);
}

tree::TerminalNode* CQLParser::RightOuterJoinContext::OUTER() {
  return getToken(CQLParser::OUTER, 0);
}

tree::TerminalNode* CQLParser::RightOuterJoinContext::JOIN() {
  return getToken(CQLParser::JOIN, 0);
}

CQLParser::RightOuterJoinContext::RightOuterJoinContext(Join_typeContext *ctx) { copyFrom(ctx); }


//----------------- LeftOuterJoinContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::LeftOuterJoinContext::LEFT() {
  return getToken(CQLParser::LEFT, 0);
}

tree::TerminalNode* CQLParser::LeftOuterJoinContext::OUTER() {
  return getToken(CQLParser::OUTER, 0);
}

tree::TerminalNode* CQLParser::LeftOuterJoinContext::JOIN() {
  return getToken(CQLParser::JOIN, 0);
}

CQLParser::LeftOuterJoinContext::LeftOuterJoinContext(Join_typeContext *ctx) { copyFrom(ctx); }


//----------------- FullOuterJoinContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::FullOuterJoinContext::FULL() {
  return getToken(CQLParser::FULL, 0);
}

tree::TerminalNode* CQLParser::FullOuterJoinContext::OUTER() {
  return getToken(CQLParser::OUTER, 0);
}

tree::TerminalNode* CQLParser::FullOuterJoinContext::JOIN() {
  return getToken(CQLParser::JOIN, 0);
}

CQLParser::FullOuterJoinContext::FullOuterJoinContext(Join_typeContext *ctx) { copyFrom(ctx); }


CQLParser::Join_typeContext* CQLParser::join_type() {
  Join_typeContext *_localctx = _tracker.createInstance<Join_typeContext>(_ctx, getState());
  enterRule(_localctx, 68, CQLParser::RuleJoin_type);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(538);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case CQLParser::LEFT: {
        _localctx = dynamic_cast<Join_typeContext *>(_tracker.createInstance<CQLParser::LeftOuterJoinContext>(_localctx));
        enterOuterAlt(_localctx, 1);
        setState(523);
        match(CQLParser::LEFT);
        setState(524);
        match(CQLParser::OUTER);
        setState(525);
        match(CQLParser::JOIN);
        break;
      }

      case CQLParser::RIGHT: {
        _localctx = dynamic_cast<Join_typeContext *>(_tracker.createInstance<CQLParser::RightOuterJoinContext>(_localctx));
        enterOuterAlt(_localctx, 2);
        setState(526);
        match(CQLParser::RIGHT);
        setState(527);
        match(CQLParser::OUTER);
        setState(528);
        match(CQLParser::JOIN);
        break;
      }

      case CQLParser::FULL: {
        _localctx = dynamic_cast<Join_typeContext *>(_tracker.createInstance<CQLParser::FullOuterJoinContext>(_localctx));
        enterOuterAlt(_localctx, 3);
        setState(529);
        match(CQLParser::FULL);
        setState(530);
        match(CQLParser::OUTER);
        setState(531);
        match(CQLParser::JOIN);
        break;
      }

      case CQLParser::OUTER: {
        _localctx = dynamic_cast<Join_typeContext *>(_tracker.createInstance<CQLParser::BareOuterJoinContext>(_localctx));
        enterOuterAlt(_localctx, 4);
        setState(532);
        match(CQLParser::OUTER);
        setState(533);
        match(CQLParser::JOIN);
        break;
      }

      case CQLParser::JOIN:
      case CQLParser::INNER: {
        _localctx = dynamic_cast<Join_typeContext *>(_tracker.createInstance<CQLParser::InnerJoinContext>(_localctx));
        enterOuterAlt(_localctx, 5);
        setState(535);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == CQLParser::INNER) {
          setState(534);
          match(CQLParser::INNER);
        }
        setState(537);
        match(CQLParser::JOIN);
        break;
      }

    default:
      throw NoViableAltException(this);
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Pattern_streamContext ------------------------------------------------------------------

CQLParser::Pattern_streamContext::Pattern_streamContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

CQLParser::Pattern_chainContext* CQLParser::Pattern_streamContext::pattern_chain() {
  return getRuleContext<CQLParser::Pattern_chainContext>(0);
}

CQLParser::Within_timeContext* CQLParser::Pattern_streamContext::within_time() {
  return getRuleContext<CQLParser::Within_timeContext>(0);
}


size_t CQLParser::Pattern_streamContext::getRuleIndex() const {
  return CQLParser::RulePattern_stream;
}


CQLParser::Pattern_streamContext* CQLParser::pattern_stream() {
  Pattern_streamContext *_localctx = _tracker.createInstance<Pattern_streamContext>(_ctx, getState());
  enterRule(_localctx, 70, CQLParser::RulePattern_stream);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(540);
    pattern_chain();
    setState(542);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == CQLParser::WITHIN) {
      setState(541);
      within_time();
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Pattern_chainContext ------------------------------------------------------------------

CQLParser::Pattern_chainContext::Pattern_chainContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

std::vector<CQLParser::Pattern_elementContext *> CQLParser::Pattern_chainContext::pattern_element() {
  return getRuleContexts<CQLParser::Pattern_elementContext>();
}

CQLParser::Pattern_elementContext* CQLParser::Pattern_chainContext::pattern_element(size_t i) {
  return getRuleContext<CQLParser::Pattern_elementContext>(i);
}

std::vector<tree::TerminalNode *> CQLParser::Pattern_chainContext::FOLLOWED_BY() {
  return getTokens(CQLParser::FOLLOWED_BY);
}

tree::TerminalNode* CQLParser::Pattern_chainContext::FOLLOWED_BY(size_t i) {
  return getToken(CQLParser::FOLLOWED_BY, i);
}


size_t CQLParser::Pattern_chainContext::getRuleIndex() const {
  return CQLParser::RulePattern_chain;
}


CQLParser::Pattern_chainContext* CQLParser::pattern_chain() {
  Pattern_chainContext *_localctx = _tracker.createInstance<Pattern_chainContext>(_ctx, getState());
  enterRule(_localctx, 72, CQLParser::RulePattern_chain);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(544);
    pattern_element();
    setState(549);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == CQLParser::FOLLOWED_BY) {
      setState(545);
      match(CQLParser::FOLLOWED_BY);
      setState(546);
      pattern_element();
      setState(551);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Pattern_elementContext ------------------------------------------------------------------

CQLParser::Pattern_elementContext::Pattern_elementContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}


size_t CQLParser::Pattern_elementContext::getRuleIndex() const {
  return CQLParser::RulePattern_element;
}

void CQLParser::Pattern_elementContext::copyFrom(Pattern_elementContext *ctx) {
  ParserRuleContext::copyFrom(ctx);
}

//----------------- GroupedPatternElementContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::GroupedPatternElementContext::LPAREN() {
  return getToken(CQLParser::LPAREN, 0);
}

CQLParser::Pattern_chainContext* CQLParser::GroupedPatternElementContext::pattern_chain() {
  return getRuleContext<CQLParser::Pattern_chainContext>(0);
}

tree::TerminalNode* CQLParser::GroupedPatternElementContext::RPAREN() {
  return getToken(CQLParser::RPAREN, 0);
}

tree::TerminalNode* CQLParser::GroupedPatternElementContext::EVERY() {
  return getToken(CQLParser::EVERY, 0);
}

CQLParser::GroupedPatternElementContext::GroupedPatternElementContext(Pattern_elementContext *ctx) { copyFrom(ctx); }


//----------------- SourcePatternElementContext ------------------------------------------------------------------

CQLParser::Pattern_sourceContext* CQLParser::SourcePatternElementContext::pattern_source() {
  return getRuleContext<CQLParser::Pattern_sourceContext>(0);
}

tree::TerminalNode* CQLParser::SourcePatternElementContext::EVERY() {
  return getToken(CQLParser::EVERY, 0);
}

CQLParser::SourcePatternElementContext::SourcePatternElementContext(Pattern_elementContext *ctx) { copyFrom(ctx); }


CQLParser::Pattern_elementContext* CQLParser::pattern_element() {
  Pattern_elementContext *_localctx = _tracker.createInstance<Pattern_elementContext>(_ctx, getState());
  enterRule(_localctx, 74, CQLParser::RulePattern_element);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(563);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 57, _ctx)) {
    case 1: {
      _localctx = dynamic_cast<Pattern_elementContext *>(_tracker.createInstance<CQLParser::GroupedPatternElementContext>(_localctx));
      enterOuterAlt(_localctx, 1);
      setState(553);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == CQLParser::EVERY) {
        setState(552);
        dynamic_cast<GroupedPatternElementContext *>(_localctx)->every = match(CQLParser::EVERY);
      }
      setState(555);
      match(CQLParser::LPAREN);
      setState(556);
      pattern_chain();
      setState(557);
      match(CQLParser::RPAREN);
      break;
    }

    case 2: {
      _localctx = dynamic_cast<Pattern_elementContext *>(_tracker.createInstance<CQLParser::SourcePatternElementContext>(_localctx));
      enterOuterAlt(_localctx, 2);
      setState(560);
      _errHandler->sync(this);

      switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 56, _ctx)) {
      case 1: {
        setState(559);
        dynamic_cast<SourcePatternElementContext *>(_localctx)->every = match(CQLParser::EVERY);
        break;
      }

      }
      setState(562);
      pattern_source();
      break;
    }

    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Pattern_sourceContext ------------------------------------------------------------------

CQLParser::Pattern_sourceContext::Pattern_sourceContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}


size_t CQLParser::Pattern_sourceContext::getRuleIndex() const {
  return CQLParser::RulePattern_source;
}

void CQLParser::Pattern_sourceContext::copyFrom(Pattern_sourceContext *ctx) {
  ParserRuleContext::copyFrom(ctx);
}

//----------------- AbsentPatternSourceContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::AbsentPatternSourceContext::NOT() {
  return getToken(CQLParser::NOT, 0);
}

CQLParser::Basic_sourceContext* CQLParser::AbsentPatternSourceContext::basic_source() {
  return getRuleContext<CQLParser::Basic_sourceContext>(0);
}

CQLParser::For_timeContext* CQLParser::AbsentPatternSourceContext::for_time() {
  return getRuleContext<CQLParser::For_timeContext>(0);
}

CQLParser::AbsentPatternSourceContext::AbsentPatternSourceContext(Pattern_sourceContext *ctx) { copyFrom(ctx); }


//----------------- LogicalPatternSourceContext ------------------------------------------------------------------

std::vector<CQLParser::Logical_operandContext *> CQLParser::LogicalPatternSourceContext::logical_operand() {
  return getRuleContexts<CQLParser::Logical_operandContext>();
}

CQLParser::Logical_operandContext* CQLParser::LogicalPatternSourceContext::logical_operand(size_t i) {
  return getRuleContext<CQLParser::Logical_operandContext>(i);
}

tree::TerminalNode* CQLParser::LogicalPatternSourceContext::AND() {
  return getToken(CQLParser::AND, 0);
}

tree::TerminalNode* CQLParser::LogicalPatternSourceContext::OR() {
  return getToken(CQLParser::OR, 0);
}

CQLParser::LogicalPatternSourceContext::LogicalPatternSourceContext(Pattern_sourceContext *ctx) { copyFrom(ctx); }


//----------------- StandardPatternSourceContext ------------------------------------------------------------------

CQLParser::Stateful_sourceContext* CQLParser::StandardPatternSourceContext::stateful_source() {
  return getRuleContext<CQLParser::Stateful_sourceContext>(0);
}

CQLParser::StandardPatternSourceContext::StandardPatternSourceContext(Pattern_sourceContext *ctx) { copyFrom(ctx); }


//----------------- CountingPatternSourceContext ------------------------------------------------------------------

CQLParser::Stateful_sourceContext* CQLParser::CountingPatternSourceContext::stateful_source() {
  return getRuleContext<CQLParser::Stateful_sourceContext>(0);
}

tree::TerminalNode* CQLParser::CountingPatternSourceContext::LT() {
  return getToken(CQLParser::LT, 0);
}

CQLParser::CollectContext* CQLParser::CountingPatternSourceContext::collect() {
  return getRuleContext<CQLParser::CollectContext>(0);
}

tree::TerminalNode* CQLParser::CountingPatternSourceContext::GT() {
  return getToken(CQLParser::GT, 0);
}

CQLParser::CountingPatternSourceContext::CountingPatternSourceContext(Pattern_sourceContext *ctx) { copyFrom(ctx); }


CQLParser::Pattern_sourceContext* CQLParser::pattern_source() {
  Pattern_sourceContext *_localctx = _tracker.createInstance<Pattern_sourceContext>(_ctx, getState());
  enterRule(_localctx, 76, CQLParser::RulePattern_source);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(579);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 58, _ctx)) {
    case 1: {
      _localctx = dynamic_cast<Pattern_sourceContext *>(_tracker.createInstance<CQLParser::LogicalPatternSourceContext>(_localctx));
      enterOuterAlt(_localctx, 1);
      setState(565);
      dynamic_cast<LogicalPatternSourceContext *>(_localctx)->left = logical_operand();
      setState(566);
      dynamic_cast<LogicalPatternSourceContext *>(_localctx)->op = _input->LT(1);
      _la = _input->LA(1);
      if (!(_la == CQLParser::OR

      || _la == CQLParser::AND)) {
        dynamic_cast<LogicalPatternSourceContext *>(_localctx)->op = _errHandler->recoverInline(this);
      }
      else {
        _errHandler->reportMatch(this);
        consume();
      }
      setState(567);
      dynamic_cast<LogicalPatternSourceContext *>(_localctx)->right = logical_operand();
      break;
    }

    case 2: {
      _localctx = dynamic_cast<Pattern_sourceContext *>(_tracker.createInstance<CQLParser::CountingPatternSourceContext>(_localctx));
      enterOuterAlt(_localctx, 2);
      setState(569);
      stateful_source();
      setState(570);
      match(CQLParser::LT);
      setState(571);
      collect();
      setState(572);
      match(CQLParser::GT);
      break;
    }

    case 3: {
      _localctx = dynamic_cast<Pattern_sourceContext *>(_tracker.createInstance<CQLParser::AbsentPatternSourceContext>(_localctx));
      enterOuterAlt(_localctx, 3);
      setState(574);
      match(CQLParser::NOT);
      setState(575);
      basic_source();
      setState(576);
      for_time();
      break;
    }

    case 4: {
      _localctx = dynamic_cast<Pattern_sourceContext *>(_tracker.createInstance<CQLParser::StandardPatternSourceContext>(_localctx));
      enterOuterAlt(_localctx, 4);
      setState(578);
      stateful_source();
      break;
    }

    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Logical_operandContext ------------------------------------------------------------------

CQLParser::Logical_operandContext::Logical_operandContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}


size_t CQLParser::Logical_operandContext::getRuleIndex() const {
  return CQLParser::RuleLogical_operand;
}

void CQLParser::Logical_operandContext::copyFrom(Logical_operandContext *ctx) {
  ParserRuleContext::copyFrom(ctx);
}

//----------------- AbsentLogicalOperandContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::AbsentLogicalOperandContext::NOT() {
  return getToken(CQLParser::NOT, 0);
}

CQLParser::Basic_sourceContext* CQLParser::AbsentLogicalOperandContext::basic_source() {
  return getRuleContext<CQLParser::Basic_sourceContext>(0);
}

CQLParser::For_timeContext* CQLParser::AbsentLogicalOperandContext::for_time() {
  return getRuleContext<CQLParser::For_timeContext>(0);
}

CQLParser::AbsentLogicalOperandContext::AbsentLogicalOperandContext(Logical_operandContext *ctx) { copyFrom(ctx); }


//----------------- PresentLogicalOperandContext ------------------------------------------------------------------

CQLParser::Stateful_sourceContext* CQLParser::PresentLogicalOperandContext::stateful_source() {
  return getRuleContext<CQLParser::Stateful_sourceContext>(0);
}

CQLParser::PresentLogicalOperandContext::PresentLogicalOperandContext(Logical_operandContext *ctx) { copyFrom(ctx); }


CQLParser::Logical_operandContext* CQLParser::logical_operand() {
  Logical_operandContext *_localctx = _tracker.createInstance<Logical_operandContext>(_ctx, getState());
  enterRule(_localctx, 78, CQLParser::RuleLogical_operand);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(587);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case CQLParser::BANG:
      case CQLParser::HASH:
      case CQLParser::STREAM:
      case CQLParser::DEFINE:
      case CQLParser::FUNCTION:
      case CQLParser::TRIGGER:
      case CQLParser::TABLE:
      case CQLParser::FROM:
      case CQLParser::PARTITION:
      case CQLParser::WINDOW:
      case CQLParser::SELECT:
      case CQLParser::GROUP:
      case CQLParser::BY:
      case CQLParser::ORDER:
      case CQLParser::LIMIT:
      case CQLParser::OFFSET:
      case CQLParser::ASC:
      case CQLParser::DESC:
      case CQLParser::HAVING:
      case CQLParser::INSERT:
      case CQLParser::DELETE:
      case CQLParser::UPDATE:
      case CQLParser::SET:
      case CQLParser::RETURN:
      case CQLParser::EVENTS:
      case CQLParser::INTO:
      case CQLParser::OUTPUT:
      case CQLParser::EXPIRED:
      case CQLParser::CURRENT:
      case CQLParser::SNAPSHOT:
      case CQLParser::FOR:
      case CQLParser::RAW:
      case CQLParser::OF:
      case CQLParser::AS:
      case CQLParser::AT:
      case CQLParser::OR:
      case CQLParser::AND:
      case CQLParser::IN:
      case CQLParser::ON:
      case CQLParser::IS:
      case CQLParser::WITHIN:
      case CQLParser::WITH:
      case CQLParser::BEGIN:
      case CQLParser::END:
      case CQLParser::EVERY:
      case CQLParser::LAST:
      case CQLParser::ALL:
      case CQLParser::FIRST:
      case CQLParser::JOIN:
      case CQLParser::INNER:
      case CQLParser::OUTER:
      case CQLParser::RIGHT:
      case CQLParser::LEFT:
      case CQLParser::FULL:
      case CQLParser::UNIDIRECTIONAL:
      case CQLParser::AGGREGATION:
      case CQLParser::AGGREGATE:
      case CQLParser::PER:
      case CQLParser::STRING:
      case CQLParser::INT:
      case CQLParser::LONG:
      case CQLParser::FLOAT:
      case CQLParser::DOUBLE:
      case CQLParser::BOOL:
      case CQLParser::OBJECT:
      case CQLParser::YEARS:
      case CQLParser::MONTHS:
      case CQLParser::WEEKS:
      case CQLParser::DAYS:
      case CQLParser::HOURS:
      case CQLParser::MINUTES:
      case CQLParser::SECONDS:
      case CQLParser::MILLISECONDS:
      case CQLParser::ID_QUOTES:
      case CQLParser::ID: {
        _localctx = dynamic_cast<Logical_operandContext *>(_tracker.createInstance<CQLParser::PresentLogicalOperandContext>(_localctx));
        enterOuterAlt(_localctx, 1);
        setState(581);
        stateful_source();
        break;
      }

      case CQLParser::NOT: {
        _localctx = dynamic_cast<Logical_operandContext *>(_tracker.createInstance<CQLParser::AbsentLogicalOperandContext>(_localctx));
        enterOuterAlt(_localctx, 2);
        setState(582);
        match(CQLParser::NOT);
        setState(583);
        basic_source();
        setState(585);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == CQLParser::FOR) {
          setState(584);
          for_time();
        }
        break;
      }

    default:
      throw NoViableAltException(this);
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Stateful_sourceContext ------------------------------------------------------------------

CQLParser::Stateful_sourceContext::Stateful_sourceContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

CQLParser::Basic_sourceContext* CQLParser::Stateful_sourceContext::basic_source() {
  return getRuleContext<CQLParser::Basic_sourceContext>(0);
}

tree::TerminalNode* CQLParser::Stateful_sourceContext::ASSIGN() {
  return getToken(CQLParser::ASSIGN, 0);
}

CQLParser::NameContext* CQLParser::Stateful_sourceContext::name() {
  return getRuleContext<CQLParser::NameContext>(0);
}


size_t CQLParser::Stateful_sourceContext::getRuleIndex() const {
  return CQLParser::RuleStateful_source;
}


CQLParser::Stateful_sourceContext* CQLParser::stateful_source() {
  Stateful_sourceContext *_localctx = _tracker.createInstance<Stateful_sourceContext>(_ctx, getState());
  enterRule(_localctx, 80, CQLParser::RuleStateful_source);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(592);
    _errHandler->sync(this);

    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 61, _ctx)) {
    case 1: {
      setState(589);
      dynamic_cast<Stateful_sourceContext *>(_localctx)->event = name();
      setState(590);
      match(CQLParser::ASSIGN);
      break;
    }

    }
    setState(594);
    basic_source();
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Basic_sourceContext ------------------------------------------------------------------

CQLParser::Basic_sourceContext::Basic_sourceContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

CQLParser::SourceContext* CQLParser::Basic_sourceContext::source() {
  return getRuleContext<CQLParser::SourceContext>(0);
}

CQLParser::Stream_handlersContext* CQLParser::Basic_sourceContext::stream_handlers() {
  return getRuleContext<CQLParser::Stream_handlersContext>(0);
}


size_t CQLParser::Basic_sourceContext::getRuleIndex() const {
  return CQLParser::RuleBasic_source;
}


CQLParser::Basic_sourceContext* CQLParser::basic_source() {
  Basic_sourceContext *_localctx = _tracker.createInstance<Basic_sourceContext>(_ctx, getState());
  enterRule(_localctx, 82, CQLParser::RuleBasic_source);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(596);
    source();
    setState(598);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == CQLParser::LBRACK

    || _la == CQLParser::HASH) {
      setState(597);
      stream_handlers();
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- CollectContext ------------------------------------------------------------------

CQLParser::CollectContext::CollectContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}


size_t CQLParser::CollectContext::getRuleIndex() const {
  return CQLParser::RuleCollect;
}

void CQLParser::CollectContext::copyFrom(CollectContext *ctx) {
  ParserRuleContext::copyFrom(ctx);
}

//----------------- RangeCollectContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::RangeCollectContext::COL() {
  return getToken(CQLParser::COL, 0);
}

std::vector<tree::TerminalNode *> CQLParser::RangeCollectContext::INT_LITERAL() {
  return getTokens(CQLParser::INT_LITERAL);
}

tree::TerminalNode* CQLParser::RangeCollectContext::INT_LITERAL(size_t i) {
  return getToken(CQLParser::INT_LITERAL, i);
}

CQLParser::RangeCollectContext::RangeCollectContext(CollectContext *ctx) { copyFrom(ctx); }


//----------------- MinCollectContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::MinCollectContext::COL() {
  return getToken(CQLParser::COL, 0);
}

tree::TerminalNode* CQLParser::MinCollectContext::INT_LITERAL() {
  return getToken(CQLParser::INT_LITERAL, 0);
}

CQLParser::MinCollectContext::MinCollectContext(CollectContext *ctx) { copyFrom(ctx); }


//----------------- ExactCollectContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::ExactCollectContext::INT_LITERAL() {
  return getToken(CQLParser::INT_LITERAL, 0);
}

CQLParser::ExactCollectContext::ExactCollectContext(CollectContext *ctx) { copyFrom(ctx); }


//----------------- MaxCollectContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::MaxCollectContext::COL() {
  return getToken(CQLParser::COL, 0);
}

tree::TerminalNode* CQLParser::MaxCollectContext::INT_LITERAL() {
  return getToken(CQLParser::INT_LITERAL, 0);
}

CQLParser::MaxCollectContext::MaxCollectContext(CollectContext *ctx) { copyFrom(ctx); }


CQLParser::CollectContext* CQLParser::collect() {
  CollectContext *_localctx = _tracker.createInstance<CollectContext>(_ctx, getState());
  enterRule(_localctx, 84, CQLParser::RuleCollect);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(608);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 63, _ctx)) {
    case 1: {
      _localctx = dynamic_cast<CollectContext *>(_tracker.createInstance<CQLParser::ExactCollectContext>(_localctx));
      enterOuterAlt(_localctx, 1);
      setState(600);
      dynamic_cast<ExactCollectContext *>(_localctx)->exact = match(CQLParser::INT_LITERAL);
      break;
    }

    case 2: {
      _localctx = dynamic_cast<CollectContext *>(_tracker.createInstance<CQLParser::RangeCollectContext>(_localctx));
      enterOuterAlt(_localctx, 2);
      setState(601);
      dynamic_cast<RangeCollectContext *>(_localctx)->min_count = match(CQLParser::INT_LITERAL);
      setState(602);
      match(CQLParser::COL);
      setState(603);
      dynamic_cast<RangeCollectContext *>(_localctx)->max_count = match(CQLParser::INT_LITERAL);
      break;
    }

    case 3: {
      _localctx = dynamic_cast<CollectContext *>(_tracker.createInstance<CQLParser::MinCollectContext>(_localctx));
      enterOuterAlt(_localctx, 3);
      setState(604);
      dynamic_cast<MinCollectContext *>(_localctx)->min_count = match(CQLParser::INT_LITERAL);
      setState(605);
      match(CQLParser::COL);
      break;
    }

    case 4: {
      _localctx = dynamic_cast<CollectContext *>(_tracker.createInstance<CQLParser::MaxCollectContext>(_localctx));
      enterOuterAlt(_localctx, 4);
      setState(606);
      match(CQLParser::COL);
      setState(607);
      dynamic_cast<MaxCollectContext *>(_localctx)->max_count = match(CQLParser::INT_LITERAL);
      break;
    }

    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Sequence_streamContext ------------------------------------------------------------------

CQLParser::Sequence_streamContext::Sequence_streamContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

std::vector<CQLParser::Sequence_elementContext *> CQLParser::Sequence_streamContext::sequence_element() {
  return getRuleContexts<CQLParser::Sequence_elementContext>();
}

CQLParser::Sequence_elementContext* CQLParser::Sequence_streamContext::sequence_element(size_t i) {
  return getRuleContext<CQLParser::Sequence_elementContext>(i);
}

std::vector<tree::TerminalNode *> CQLParser::Sequence_streamContext::COMMA() {
  return getTokens(CQLParser::COMMA);
}

tree::TerminalNode* CQLParser::Sequence_streamContext::COMMA(size_t i) {
  return getToken(CQLParser::COMMA, i);
}

CQLParser::Within_timeContext* CQLParser::Sequence_streamContext::within_time() {
  return getRuleContext<CQLParser::Within_timeContext>(0);
}


size_t CQLParser::Sequence_streamContext::getRuleIndex() const {
  return CQLParser::RuleSequence_stream;
}


CQLParser::Sequence_streamContext* CQLParser::sequence_stream() {
  Sequence_streamContext *_localctx = _tracker.createInstance<Sequence_streamContext>(_ctx, getState());
  enterRule(_localctx, 86, CQLParser::RuleSequence_stream);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(610);
    sequence_element();
    setState(613); 
    _errHandler->sync(this);
    _la = _input->LA(1);
    do {
      setState(611);
      match(CQLParser::COMMA);
      setState(612);
      sequence_element();
      setState(615); 
      _errHandler->sync(this);
      _la = _input->LA(1);
    } while (_la == CQLParser::COMMA);
    setState(618);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == CQLParser::WITHIN) {
      setState(617);
      within_time();
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Sequence_elementContext ------------------------------------------------------------------

CQLParser::Sequence_elementContext::Sequence_elementContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}


size_t CQLParser::Sequence_elementContext::getRuleIndex() const {
  return CQLParser::RuleSequence_element;
}

void CQLParser::Sequence_elementContext::copyFrom(Sequence_elementContext *ctx) {
  ParserRuleContext::copyFrom(ctx);
}

//----------------- GroupedSequenceElementContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::GroupedSequenceElementContext::LPAREN() {
  return getToken(CQLParser::LPAREN, 0);
}

std::vector<CQLParser::Sequence_elementContext *> CQLParser::GroupedSequenceElementContext::sequence_element() {
  return getRuleContexts<CQLParser::Sequence_elementContext>();
}

CQLParser::Sequence_elementContext* CQLParser::GroupedSequenceElementContext::sequence_element(size_t i) {
  return getRuleContext<CQLParser::Sequence_elementContext>(i);
}

tree::TerminalNode* CQLParser::GroupedSequenceElementContext::RPAREN() {
  return getToken(CQLParser::RPAREN, 0);
}

std::vector<tree::TerminalNode *> CQLParser::GroupedSequenceElementContext::COMMA() {
  return getTokens(CQLParser::COMMA);
}

tree::TerminalNode* CQLParser::GroupedSequenceElementContext::COMMA(size_t i) {
  return getToken(CQLParser::COMMA, i);
}

tree::TerminalNode* CQLParser::GroupedSequenceElementContext::EVERY() {
  return getToken(CQLParser::EVERY, 0);
}

CQLParser::GroupedSequenceElementContext::GroupedSequenceElementContext(Sequence_elementContext *ctx) { copyFrom(ctx); }


//----------------- SourceSequenceElementContext ------------------------------------------------------------------

CQLParser::Sequence_sourceContext* CQLParser::SourceSequenceElementContext::sequence_source() {
  return getRuleContext<CQLParser::Sequence_sourceContext>(0);
}

tree::TerminalNode* CQLParser::SourceSequenceElementContext::EVERY() {
  return getToken(CQLParser::EVERY, 0);
}

CQLParser::SourceSequenceElementContext::SourceSequenceElementContext(Sequence_elementContext *ctx) { copyFrom(ctx); }


CQLParser::Sequence_elementContext* CQLParser::sequence_element() {
  Sequence_elementContext *_localctx = _tracker.createInstance<Sequence_elementContext>(_ctx, getState());
  enterRule(_localctx, 88, CQLParser::RuleSequence_element);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(638);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 69, _ctx)) {
    case 1: {
      _localctx = dynamic_cast<Sequence_elementContext *>(_tracker.createInstance<CQLParser::GroupedSequenceElementContext>(_localctx));
      enterOuterAlt(_localctx, 1);
      setState(621);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == CQLParser::EVERY) {
        setState(620);
        dynamic_cast<GroupedSequenceElementContext *>(_localctx)->every = match(CQLParser::EVERY);
      }
      setState(623);
      match(CQLParser::LPAREN);
      setState(624);
      sequence_element();
      setState(629);
      _errHandler->sync(this);
      _la = _input->LA(1);
      while (_la == CQLParser::COMMA) {
        setState(625);
        match(CQLParser::COMMA);
        setState(626);
        sequence_element();
        setState(631);
        _errHandler->sync(this);
        _la = _input->LA(1);
      }
      setState(632);
      match(CQLParser::RPAREN);
      break;
    }

    case 2: {
      _localctx = dynamic_cast<Sequence_elementContext *>(_tracker.createInstance<CQLParser::SourceSequenceElementContext>(_localctx));
      enterOuterAlt(_localctx, 2);
      setState(635);
      _errHandler->sync(this);

      switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 68, _ctx)) {
      case 1: {
        setState(634);
        dynamic_cast<SourceSequenceElementContext *>(_localctx)->every = match(CQLParser::EVERY);
        break;
      }

      }
      setState(637);
      sequence_source();
      break;
    }

    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Sequence_sourceContext ------------------------------------------------------------------

CQLParser::Sequence_sourceContext::Sequence_sourceContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}


size_t CQLParser::Sequence_sourceContext::getRuleIndex() const {
  return CQLParser::RuleSequence_source;
}

void CQLParser::Sequence_sourceContext::copyFrom(Sequence_sourceContext *ctx) {
  ParserRuleContext::copyFrom(ctx);
}

//----------------- AbsentSequenceSourceContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::AbsentSequenceSourceContext::NOT() {
  return getToken(CQLParser::NOT, 0);
}

CQLParser::Basic_sourceContext* CQLParser::AbsentSequenceSourceContext::basic_source() {
  return getRuleContext<CQLParser::Basic_sourceContext>(0);
}

CQLParser::For_timeContext* CQLParser::AbsentSequenceSourceContext::for_time() {
  return getRuleContext<CQLParser::For_timeContext>(0);
}

CQLParser::AbsentSequenceSourceContext::AbsentSequenceSourceContext(Sequence_sourceContext *ctx) { copyFrom(ctx); }


//----------------- QuantifiedSequenceSourceContext ------------------------------------------------------------------

CQLParser::Stateful_sourceContext* CQLParser::QuantifiedSequenceSourceContext::stateful_source() {
  return getRuleContext<CQLParser::Stateful_sourceContext>(0);
}

tree::TerminalNode* CQLParser::QuantifiedSequenceSourceContext::STAR() {
  return getToken(CQLParser::STAR, 0);
}

tree::TerminalNode* CQLParser::QuantifiedSequenceSourceContext::PLUS() {
  return getToken(CQLParser::PLUS, 0);
}

tree::TerminalNode* CQLParser::QuantifiedSequenceSourceContext::QUESTION() {
  return getToken(CQLParser::QUESTION, 0);
}

CQLParser::QuantifiedSequenceSourceContext::QuantifiedSequenceSourceContext(Sequence_sourceContext *ctx) { copyFrom(ctx); }


//----------------- StandardSequenceSourceContext ------------------------------------------------------------------

CQLParser::Stateful_sourceContext* CQLParser::StandardSequenceSourceContext::stateful_source() {
  return getRuleContext<CQLParser::Stateful_sourceContext>(0);
}

CQLParser::StandardSequenceSourceContext::StandardSequenceSourceContext(Sequence_sourceContext *ctx) { copyFrom(ctx); }


//----------------- CountingSequenceSourceContext ------------------------------------------------------------------

CQLParser::Stateful_sourceContext* CQLParser::CountingSequenceSourceContext::stateful_source() {
  return getRuleContext<CQLParser::Stateful_sourceContext>(0);
}

tree::TerminalNode* CQLParser::CountingSequenceSourceContext::LT() {
  return getToken(CQLParser::LT, 0);
}

CQLParser::CollectContext* CQLParser::CountingSequenceSourceContext::collect() {
  return getRuleContext<CQLParser::CollectContext>(0);
}

tree::TerminalNode* CQLParser::CountingSequenceSourceContext::GT() {
  return getToken(CQLParser::GT, 0);
}

CQLParser::CountingSequenceSourceContext::CountingSequenceSourceContext(Sequence_sourceContext *ctx) { copyFrom(ctx); }


//----------------- LogicalSequenceSourceContext ------------------------------------------------------------------

std::vector<CQLParser::Logical_operandContext *> CQLParser::LogicalSequenceSourceContext::logical_operand() {
  return getRuleContexts<CQLParser::Logical_operandContext>();
}

CQLParser::Logical_operandContext* CQLParser::LogicalSequenceSourceContext::logical_operand(size_t i) {
  return getRuleContext<CQLParser::Logical_operandContext>(i);
}

tree::TerminalNode* CQLParser::LogicalSequenceSourceContext::AND() {
  return getToken(CQLParser::AND, 0);
}

tree::TerminalNode* CQLParser::LogicalSequenceSourceContext::OR() {
  return getToken(CQLParser::OR, 0);
}

CQLParser::LogicalSequenceSourceContext::LogicalSequenceSourceContext(Sequence_sourceContext *ctx) { copyFrom(ctx); }


CQLParser::Sequence_sourceContext* CQLParser::sequence_source() {
  Sequence_sourceContext *_localctx = _tracker.createInstance<Sequence_sourceContext>(_ctx, getState());
  enterRule(_localctx, 90, CQLParser::RuleSequence_source);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(657);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 70, _ctx)) {
    case 1: {
      _localctx = dynamic_cast<Sequence_sourceContext *>(_tracker.createInstance<CQLParser::LogicalSequenceSourceContext>(_localctx));
      enterOuterAlt(_localctx, 1);
      setState(640);
      dynamic_cast<LogicalSequenceSourceContext *>(_localctx)->left = logical_operand();
      setState(641);
      dynamic_cast<LogicalSequenceSourceContext *>(_localctx)->op = _input->LT(1);
      _la = _input->LA(1);
      if (!(_la == CQLParser::OR

      || _la == CQLParser::AND)) {
        dynamic_cast<LogicalSequenceSourceContext *>(_localctx)->op = _errHandler->recoverInline(this);
      }
      else {
        _errHandler->reportMatch(this);
        consume();
      }
      setState(642);
      dynamic_cast<LogicalSequenceSourceContext *>(_localctx)->right = logical_operand();
      break;
    }

    case 2: {
      _localctx = dynamic_cast<Sequence_sourceContext *>(_tracker.createInstance<CQLParser::CountingSequenceSourceContext>(_localctx));
      enterOuterAlt(_localctx, 2);
      setState(644);
      stateful_source();
      setState(645);
      match(CQLParser::LT);
      setState(646);
      collect();
      setState(647);
      match(CQLParser::GT);
      break;
    }

    case 3: {
      _localctx = dynamic_cast<Sequence_sourceContext *>(_tracker.createInstance<CQLParser::QuantifiedSequenceSourceContext>(_localctx));
      enterOuterAlt(_localctx, 3);
      setState(649);
      stateful_source();
      setState(650);
      dynamic_cast<QuantifiedSequenceSourceContext *>(_localctx)->quantifier = _input->LT(1);
      _la = _input->LA(1);
      if (!((((_la & ~ 0x3fULL) == 0) &&
        ((1ULL << _la) & ((1ULL << CQLParser::STAR)
        | (1ULL << CQLParser::PLUS)
        | (1ULL << CQLParser::QUESTION))) != 0))) {
        dynamic_cast<QuantifiedSequenceSourceContext *>(_localctx)->quantifier = _errHandler->recoverInline(this);
      }
      else {
        _errHandler->reportMatch(this);
        consume();
      }
      break;
    }

    case 4: {
      _localctx = dynamic_cast<Sequence_sourceContext *>(_tracker.createInstance<CQLParser::AbsentSequenceSourceContext>(_localctx));
      enterOuterAlt(_localctx, 4);
      setState(652);
      match(CQLParser::NOT);
      setState(653);
      basic_source();
      setState(654);
      for_time();
      break;
    }

    case 5: {
      _localctx = dynamic_cast<Sequence_sourceContext *>(_tracker.createInstance<CQLParser::StandardSequenceSourceContext>(_localctx));
      enterOuterAlt(_localctx, 5);
      setState(656);
      stateful_source();
      break;
    }

    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Query_sectionContext ------------------------------------------------------------------

CQLParser::Query_sectionContext::Query_sectionContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::Query_sectionContext::SELECT() {
  return getToken(CQLParser::SELECT, 0);
}

std::vector<CQLParser::Output_attributeContext *> CQLParser::Query_sectionContext::output_attribute() {
  return getRuleContexts<CQLParser::Output_attributeContext>();
}

CQLParser::Output_attributeContext* CQLParser::Query_sectionContext::output_attribute(size_t i) {
  return getRuleContext<CQLParser::Output_attributeContext>(i);
}

tree::TerminalNode* CQLParser::Query_sectionContext::STAR() {
  return getToken(CQLParser::STAR, 0);
}

CQLParser::Group_byContext* CQLParser::Query_sectionContext::group_by() {
  return getRuleContext<CQLParser::Group_byContext>(0);
}

CQLParser::HavingContext* CQLParser::Query_sectionContext::having() {
  return getRuleContext<CQLParser::HavingContext>(0);
}

CQLParser::Order_byContext* CQLParser::Query_sectionContext::order_by() {
  return getRuleContext<CQLParser::Order_byContext>(0);
}

CQLParser::LimitContext* CQLParser::Query_sectionContext::limit() {
  return getRuleContext<CQLParser::LimitContext>(0);
}

CQLParser::OffsetContext* CQLParser::Query_sectionContext::offset() {
  return getRuleContext<CQLParser::OffsetContext>(0);
}

std::vector<tree::TerminalNode *> CQLParser::Query_sectionContext::COMMA() {
  return getTokens(CQLParser::COMMA);
}

tree::TerminalNode* CQLParser::Query_sectionContext::COMMA(size_t i) {
  return getToken(CQLParser::COMMA, i);
}


size_t CQLParser::Query_sectionContext::getRuleIndex() const {
  return CQLParser::RuleQuery_section;
}


CQLParser::Query_sectionContext* CQLParser::query_section() {
  Query_sectionContext *_localctx = _tracker.createInstance<Query_sectionContext>(_ctx, getState());
  enterRule(_localctx, 92, CQLParser::RuleQuery_section);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(659);
    match(CQLParser::SELECT);
    setState(669);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case CQLParser::STAR: {
        setState(660);
        dynamic_cast<Query_sectionContext *>(_localctx)->star = match(CQLParser::STAR);
        break;
      }

      case CQLParser::LPAREN:
      case CQLParser::PLUS:
      case CQLParser::MINUS:
      case CQLParser::BANG:
      case CQLParser::HASH:
      case CQLParser::STREAM:
      case CQLParser::DEFINE:
      case CQLParser::FUNCTION:
      case CQLParser::TRIGGER:
      case CQLParser::TABLE:
      case CQLParser::FROM:
      case CQLParser::PARTITION:
      case CQLParser::WINDOW:
      case CQLParser::SELECT:
      case CQLParser::GROUP:
      case CQLParser::BY:
      case CQLParser::ORDER:
      case CQLParser::LIMIT:
      case CQLParser::OFFSET:
      case CQLParser::ASC:
      case CQLParser::DESC:
      case CQLParser::HAVING:
      case CQLParser::INSERT:
      case CQLParser::DELETE:
      case CQLParser::UPDATE:
      case CQLParser::SET:
      case CQLParser::RETURN:
      case CQLParser::EVENTS:
      case CQLParser::INTO:
      case CQLParser::OUTPUT:
      case CQLParser::EXPIRED:
      case CQLParser::CURRENT:
      case CQLParser::SNAPSHOT:
      case CQLParser::FOR:
      case CQLParser::RAW:
      case CQLParser::OF:
      case CQLParser::AS:
      case CQLParser::AT:
      case CQLParser::OR:
      case CQLParser::AND:
      case CQLParser::IN:
      case CQLParser::ON:
      case CQLParser::IS:
      case CQLParser::NOT:
      case CQLParser::WITHIN:
      case CQLParser::WITH:
      case CQLParser::BEGIN:
      case CQLParser::END:
      case CQLParser::NULL_:
      case CQLParser::EVERY:
      case CQLParser::LAST:
      case CQLParser::ALL:
      case CQLParser::FIRST:
      case CQLParser::JOIN:
      case CQLParser::INNER:
      case CQLParser::OUTER:
      case CQLParser::RIGHT:
      case CQLParser::LEFT:
      case CQLParser::FULL:
      case CQLParser::UNIDIRECTIONAL:
      case CQLParser::AGGREGATION:
      case CQLParser::AGGREGATE:
      case CQLParser::PER:
      case CQLParser::TRUE:
      case CQLParser::FALSE:
      case CQLParser::STRING:
      case CQLParser::INT:
      case CQLParser::LONG:
      case CQLParser::FLOAT:
      case CQLParser::DOUBLE:
      case CQLParser::BOOL:
      case CQLParser::OBJECT:
      case CQLParser::YEARS:
      case CQLParser::MONTHS:
      case CQLParser::WEEKS:
      case CQLParser::DAYS:
      case CQLParser::HOURS:
      case CQLParser::MINUTES:
      case CQLParser::SECONDS:
      case CQLParser::MILLISECONDS:
      case CQLParser::INT_LITERAL:
      case CQLParser::LONG_LITERAL:
      case CQLParser::FLOAT_LITERAL:
      case CQLParser::DOUBLE_LITERAL:
      case CQLParser::STRING_LITERAL:
      case CQLParser::ID_QUOTES:
      case CQLParser::ID: {
        setState(661);
        output_attribute();
        setState(666);
        _errHandler->sync(this);
        _la = _input->LA(1);
        while (_la == CQLParser::COMMA) {
          setState(662);
          match(CQLParser::COMMA);
          setState(663);
          output_attribute();
          setState(668);
          _errHandler->sync(this);
          _la = _input->LA(1);
        }
        break;
      }

    default:
      throw NoViableAltException(this);
    }
    setState(672);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == CQLParser::GROUP) {
      setState(671);
      group_by();
    }
    setState(675);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == CQLParser::HAVING) {
      setState(674);
      having();
    }
    setState(678);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == CQLParser::ORDER) {
      setState(677);
      order_by();
    }
    setState(681);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == CQLParser::LIMIT) {
      setState(680);
      limit();
    }
    setState(684);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == CQLParser::OFFSET) {
      setState(683);
      offset();
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Output_attributeContext ------------------------------------------------------------------

CQLParser::Output_attributeContext::Output_attributeContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}


size_t CQLParser::Output_attributeContext::getRuleIndex() const {
  return CQLParser::RuleOutput_attribute;
}

void CQLParser::Output_attributeContext::copyFrom(Output_attributeContext *ctx) {
  ParserRuleContext::copyFrom(ctx);
}

//----------------- AliasedOutputAttributeContext ------------------------------------------------------------------

CQLParser::ExpressionContext* CQLParser::AliasedOutputAttributeContext::expression() {
  return getRuleContext<CQLParser::ExpressionContext>(0);
}

tree::TerminalNode* CQLParser::AliasedOutputAttributeContext::AS() {
  return getToken(CQLParser::AS, 0);
}

CQLParser::NameContext* CQLParser::AliasedOutputAttributeContext::name() {
  return getRuleContext<CQLParser::NameContext>(0);
}

CQLParser::AliasedOutputAttributeContext::AliasedOutputAttributeContext(Output_attributeContext *ctx) { copyFrom(ctx); }


//----------------- ReferenceOutputAttributeContext ------------------------------------------------------------------

CQLParser::Attribute_referenceContext* CQLParser::ReferenceOutputAttributeContext::attribute_reference() {
  return getRuleContext<CQLParser::Attribute_referenceContext>(0);
}

CQLParser::ReferenceOutputAttributeContext::ReferenceOutputAttributeContext(Output_attributeContext *ctx) { copyFrom(ctx); }


CQLParser::Output_attributeContext* CQLParser::output_attribute() {
  Output_attributeContext *_localctx = _tracker.createInstance<Output_attributeContext>(_ctx, getState());
  enterRule(_localctx, 94, CQLParser::RuleOutput_attribute);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(691);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 78, _ctx)) {
    case 1: {
      _localctx = dynamic_cast<Output_attributeContext *>(_tracker.createInstance<CQLParser::AliasedOutputAttributeContext>(_localctx));
      enterOuterAlt(_localctx, 1);
      setState(686);
      expression(0);
      setState(687);
      match(CQLParser::AS);
      setState(688);
      dynamic_cast<AliasedOutputAttributeContext *>(_localctx)->alias = name();
      break;
    }

    case 2: {
      _localctx = dynamic_cast<Output_attributeContext *>(_tracker.createInstance<CQLParser::ReferenceOutputAttributeContext>(_localctx));
      enterOuterAlt(_localctx, 2);
      setState(690);
      attribute_reference();
      break;
    }

    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Group_byContext ------------------------------------------------------------------

CQLParser::Group_byContext::Group_byContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::Group_byContext::GROUP() {
  return getToken(CQLParser::GROUP, 0);
}

tree::TerminalNode* CQLParser::Group_byContext::BY() {
  return getToken(CQLParser::BY, 0);
}

std::vector<CQLParser::Attribute_referenceContext *> CQLParser::Group_byContext::attribute_reference() {
  return getRuleContexts<CQLParser::Attribute_referenceContext>();
}

CQLParser::Attribute_referenceContext* CQLParser::Group_byContext::attribute_reference(size_t i) {
  return getRuleContext<CQLParser::Attribute_referenceContext>(i);
}

std::vector<tree::TerminalNode *> CQLParser::Group_byContext::COMMA() {
  return getTokens(CQLParser::COMMA);
}

tree::TerminalNode* CQLParser::Group_byContext::COMMA(size_t i) {
  return getToken(CQLParser::COMMA, i);
}


size_t CQLParser::Group_byContext::getRuleIndex() const {
  return CQLParser::RuleGroup_by;
}


CQLParser::Group_byContext* CQLParser::group_by() {
  Group_byContext *_localctx = _tracker.createInstance<Group_byContext>(_ctx, getState());
  enterRule(_localctx, 96, CQLParser::RuleGroup_by);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(693);
    match(CQLParser::GROUP);
    setState(694);
    match(CQLParser::BY);
    setState(695);
    attribute_reference();
    setState(700);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == CQLParser::COMMA) {
      setState(696);
      match(CQLParser::COMMA);
      setState(697);
      attribute_reference();
      setState(702);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- HavingContext ------------------------------------------------------------------

CQLParser::HavingContext::HavingContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::HavingContext::HAVING() {
  return getToken(CQLParser::HAVING, 0);
}

CQLParser::ExpressionContext* CQLParser::HavingContext::expression() {
  return getRuleContext<CQLParser::ExpressionContext>(0);
}


size_t CQLParser::HavingContext::getRuleIndex() const {
  return CQLParser::RuleHaving;
}


CQLParser::HavingContext* CQLParser::having() {
  HavingContext *_localctx = _tracker.createInstance<HavingContext>(_ctx, getState());
  enterRule(_localctx, 98, CQLParser::RuleHaving);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(703);
    match(CQLParser::HAVING);
    setState(704);
    dynamic_cast<HavingContext *>(_localctx)->condition = expression(0);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Order_byContext ------------------------------------------------------------------

CQLParser::Order_byContext::Order_byContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::Order_byContext::ORDER() {
  return getToken(CQLParser::ORDER, 0);
}

tree::TerminalNode* CQLParser::Order_byContext::BY() {
  return getToken(CQLParser::BY, 0);
}

std::vector<CQLParser::Order_by_referenceContext *> CQLParser::Order_byContext::order_by_reference() {
  return getRuleContexts<CQLParser::Order_by_referenceContext>();
}

CQLParser::Order_by_referenceContext* CQLParser::Order_byContext::order_by_reference(size_t i) {
  return getRuleContext<CQLParser::Order_by_referenceContext>(i);
}

std::vector<tree::TerminalNode *> CQLParser::Order_byContext::COMMA() {
  return getTokens(CQLParser::COMMA);
}

tree::TerminalNode* CQLParser::Order_byContext::COMMA(size_t i) {
  return getToken(CQLParser::COMMA, i);
}


size_t CQLParser::Order_byContext::getRuleIndex() const {
  return CQLParser::RuleOrder_by;
}


CQLParser::Order_byContext* CQLParser::order_by() {
  Order_byContext *_localctx = _tracker.createInstance<Order_byContext>(_ctx, getState());
  enterRule(_localctx, 100, CQLParser::RuleOrder_by);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(706);
    match(CQLParser::ORDER);
    setState(707);
    match(CQLParser::BY);
    setState(708);
    order_by_reference();
    setState(713);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == CQLParser::COMMA) {
      setState(709);
      match(CQLParser::COMMA);
      setState(710);
      order_by_reference();
      setState(715);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Order_by_referenceContext ------------------------------------------------------------------

CQLParser::Order_by_referenceContext::Order_by_referenceContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

CQLParser::Attribute_referenceContext* CQLParser::Order_by_referenceContext::attribute_reference() {
  return getRuleContext<CQLParser::Attribute_referenceContext>(0);
}

tree::TerminalNode* CQLParser::Order_by_referenceContext::ASC() {
  return getToken(CQLParser::ASC, 0);
}

tree::TerminalNode* CQLParser::Order_by_referenceContext::DESC() {
  return getToken(CQLParser::DESC, 0);
}


size_t CQLParser::Order_by_referenceContext::getRuleIndex() const {
  return CQLParser::RuleOrder_by_reference;
}


CQLParser::Order_by_referenceContext* CQLParser::order_by_reference() {
  Order_by_referenceContext *_localctx = _tracker.createInstance<Order_by_referenceContext>(_ctx, getState());
  enterRule(_localctx, 102, CQLParser::RuleOrder_by_reference);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(716);
    attribute_reference();
    setState(718);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == CQLParser::ASC

    || _la == CQLParser::DESC) {
      setState(717);
      dynamic_cast<Order_by_referenceContext *>(_localctx)->direction = _input->LT(1);
      _la = _input->LA(1);
      if (!(_la == CQLParser::ASC

      || _la == CQLParser::DESC)) {
        dynamic_cast<Order_by_referenceContext *>(_localctx)->direction = _errHandler->recoverInline(this);
      }
      else {
        _errHandler->reportMatch(this);
        consume();
      }
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- LimitContext ------------------------------------------------------------------

CQLParser::LimitContext::LimitContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::LimitContext::LIMIT() {
  return getToken(CQLParser::LIMIT, 0);
}

CQLParser::ExpressionContext* CQLParser::LimitContext::expression() {
  return getRuleContext<CQLParser::ExpressionContext>(0);
}


size_t CQLParser::LimitContext::getRuleIndex() const {
  return CQLParser::RuleLimit;
}


CQLParser::LimitContext* CQLParser::limit() {
  LimitContext *_localctx = _tracker.createInstance<LimitContext>(_ctx, getState());
  enterRule(_localctx, 104, CQLParser::RuleLimit);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(720);
    match(CQLParser::LIMIT);
    setState(721);
    dynamic_cast<LimitContext *>(_localctx)->value = expression(0);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- OffsetContext ------------------------------------------------------------------

CQLParser::OffsetContext::OffsetContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::OffsetContext::OFFSET() {
  return getToken(CQLParser::OFFSET, 0);
}

CQLParser::ExpressionContext* CQLParser::OffsetContext::expression() {
  return getRuleContext<CQLParser::ExpressionContext>(0);
}


size_t CQLParser::OffsetContext::getRuleIndex() const {
  return CQLParser::RuleOffset;
}


CQLParser::OffsetContext* CQLParser::offset() {
  OffsetContext *_localctx = _tracker.createInstance<OffsetContext>(_ctx, getState());
  enterRule(_localctx, 106, CQLParser::RuleOffset);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(723);
    match(CQLParser::OFFSET);
    setState(724);
    dynamic_cast<OffsetContext *>(_localctx)->value = expression(0);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Output_rateContext ------------------------------------------------------------------

CQLParser::Output_rateContext::Output_rateContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}


size_t CQLParser::Output_rateContext::getRuleIndex() const {
  return CQLParser::RuleOutput_rate;
}

void CQLParser::Output_rateContext::copyFrom(Output_rateContext *ctx) {
  ParserRuleContext::copyFrom(ctx);
}

//----------------- SnapshotOutputRateContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::SnapshotOutputRateContext::OUTPUT() {
  return getToken(CQLParser::OUTPUT, 0);
}

tree::TerminalNode* CQLParser::SnapshotOutputRateContext::SNAPSHOT() {
  return getToken(CQLParser::SNAPSHOT, 0);
}

tree::TerminalNode* CQLParser::SnapshotOutputRateContext::EVERY() {
  return getToken(CQLParser::EVERY, 0);
}

CQLParser::Time_valueContext* CQLParser::SnapshotOutputRateContext::time_value() {
  return getRuleContext<CQLParser::Time_valueContext>(0);
}

CQLParser::SnapshotOutputRateContext::SnapshotOutputRateContext(Output_rateContext *ctx) { copyFrom(ctx); }


//----------------- EventOutputRateContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::EventOutputRateContext::OUTPUT() {
  return getToken(CQLParser::OUTPUT, 0);
}

tree::TerminalNode* CQLParser::EventOutputRateContext::EVERY() {
  return getToken(CQLParser::EVERY, 0);
}

tree::TerminalNode* CQLParser::EventOutputRateContext::EVENTS() {
  return getToken(CQLParser::EVENTS, 0);
}

tree::TerminalNode* CQLParser::EventOutputRateContext::INT_LITERAL() {
  return getToken(CQLParser::INT_LITERAL, 0);
}

tree::TerminalNode* CQLParser::EventOutputRateContext::ALL() {
  return getToken(CQLParser::ALL, 0);
}

tree::TerminalNode* CQLParser::EventOutputRateContext::LAST() {
  return getToken(CQLParser::LAST, 0);
}

tree::TerminalNode* CQLParser::EventOutputRateContext::FIRST() {
  return getToken(CQLParser::FIRST, 0);
}

CQLParser::EventOutputRateContext::EventOutputRateContext(Output_rateContext *ctx) { copyFrom(ctx); }


//----------------- TimeOutputRateContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::TimeOutputRateContext::OUTPUT() {
  return getToken(CQLParser::OUTPUT, 0);
}

tree::TerminalNode* CQLParser::TimeOutputRateContext::EVERY() {
  return getToken(CQLParser::EVERY, 0);
}

CQLParser::Time_valueContext* CQLParser::TimeOutputRateContext::time_value() {
  return getRuleContext<CQLParser::Time_valueContext>(0);
}

tree::TerminalNode* CQLParser::TimeOutputRateContext::ALL() {
  return getToken(CQLParser::ALL, 0);
}

tree::TerminalNode* CQLParser::TimeOutputRateContext::LAST() {
  return getToken(CQLParser::LAST, 0);
}

tree::TerminalNode* CQLParser::TimeOutputRateContext::FIRST() {
  return getToken(CQLParser::FIRST, 0);
}

CQLParser::TimeOutputRateContext::TimeOutputRateContext(Output_rateContext *ctx) { copyFrom(ctx); }


CQLParser::Output_rateContext* CQLParser::output_rate() {
  Output_rateContext *_localctx = _tracker.createInstance<Output_rateContext>(_ctx, getState());
  enterRule(_localctx, 108, CQLParser::RuleOutput_rate);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(743);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 84, _ctx)) {
    case 1: {
      _localctx = dynamic_cast<Output_rateContext *>(_tracker.createInstance<CQLParser::EventOutputRateContext>(_localctx));
      enterOuterAlt(_localctx, 1);
      setState(726);
      match(CQLParser::OUTPUT);
      setState(728);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (((((_la - 72) & ~ 0x3fULL) == 0) &&
        ((1ULL << (_la - 72)) & ((1ULL << (CQLParser::LAST - 72))
        | (1ULL << (CQLParser::ALL - 72))
        | (1ULL << (CQLParser::FIRST - 72)))) != 0)) {
        setState(727);
        dynamic_cast<EventOutputRateContext *>(_localctx)->rate_type = _input->LT(1);
        _la = _input->LA(1);
        if (!(((((_la - 72) & ~ 0x3fULL) == 0) &&
          ((1ULL << (_la - 72)) & ((1ULL << (CQLParser::LAST - 72))
          | (1ULL << (CQLParser::ALL - 72))
          | (1ULL << (CQLParser::FIRST - 72)))) != 0))) {
          dynamic_cast<EventOutputRateContext *>(_localctx)->rate_type = _errHandler->recoverInline(this);
        }
        else {
          _errHandler->reportMatch(this);
          consume();
        }
      }
      setState(730);
      match(CQLParser::EVERY);
      setState(731);
      dynamic_cast<EventOutputRateContext *>(_localctx)->event_count = match(CQLParser::INT_LITERAL);
      setState(732);
      match(CQLParser::EVENTS);
      break;
    }

    case 2: {
      _localctx = dynamic_cast<Output_rateContext *>(_tracker.createInstance<CQLParser::TimeOutputRateContext>(_localctx));
      enterOuterAlt(_localctx, 2);
      setState(733);
      match(CQLParser::OUTPUT);
      setState(735);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (((((_la - 72) & ~ 0x3fULL) == 0) &&
        ((1ULL << (_la - 72)) & ((1ULL << (CQLParser::LAST - 72))
        | (1ULL << (CQLParser::ALL - 72))
        | (1ULL << (CQLParser::FIRST - 72)))) != 0)) {
        setState(734);
        dynamic_cast<TimeOutputRateContext *>(_localctx)->rate_type = _input->LT(1);
        _la = _input->LA(1);
        if (!(((((_la - 72) & ~ 0x3fULL) == 0) &&
          ((1ULL << (_la - 72)) & ((1ULL << (CQLParser::LAST - 72))
          | (1ULL << (CQLParser::ALL - 72))
          | (1ULL << (CQLParser::FIRST - 72)))) != 0))) {
          dynamic_cast<TimeOutputRateContext *>(_localctx)->rate_type = _errHandler->recoverInline(this);
        }
        else {
          _errHandler->reportMatch(this);
          consume();
        }
      }
      setState(737);
      match(CQLParser::EVERY);
      setState(738);
      time_value();
      break;
    }

    case 3: {
      _localctx = dynamic_cast<Output_rateContext *>(_tracker.createInstance<CQLParser::SnapshotOutputRateContext>(_localctx));
      enterOuterAlt(_localctx, 3);
      setState(739);
      match(CQLParser::OUTPUT);
      setState(740);
      match(CQLParser::SNAPSHOT);
      setState(741);
      match(CQLParser::EVERY);
      setState(742);
      time_value();
      break;
    }

    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Query_outputContext ------------------------------------------------------------------

CQLParser::Query_outputContext::Query_outputContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}


size_t CQLParser::Query_outputContext::getRuleIndex() const {
  return CQLParser::RuleQuery_output;
}

void CQLParser::Query_outputContext::copyFrom(Query_outputContext *ctx) {
  ParserRuleContext::copyFrom(ctx);
}

//----------------- InsertIntoOutputContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::InsertIntoOutputContext::INSERT() {
  return getToken(CQLParser::INSERT, 0);
}

tree::TerminalNode* CQLParser::InsertIntoOutputContext::INTO() {
  return getToken(CQLParser::INTO, 0);
}

CQLParser::TargetContext* CQLParser::InsertIntoOutputContext::target() {
  return getRuleContext<CQLParser::TargetContext>(0);
}

CQLParser::Output_event_typeContext* CQLParser::InsertIntoOutputContext::output_event_type() {
  return getRuleContext<CQLParser::Output_event_typeContext>(0);
}

CQLParser::InsertIntoOutputContext::InsertIntoOutputContext(Query_outputContext *ctx) { copyFrom(ctx); }


//----------------- DeleteOutputContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::DeleteOutputContext::DELETE() {
  return getToken(CQLParser::DELETE, 0);
}

CQLParser::TargetContext* CQLParser::DeleteOutputContext::target() {
  return getRuleContext<CQLParser::TargetContext>(0);
}

tree::TerminalNode* CQLParser::DeleteOutputContext::FOR() {
  return getToken(CQLParser::FOR, 0);
}

CQLParser::Output_event_typeContext* CQLParser::DeleteOutputContext::output_event_type() {
  return getRuleContext<CQLParser::Output_event_typeContext>(0);
}

tree::TerminalNode* CQLParser::DeleteOutputContext::ON() {
  return getToken(CQLParser::ON, 0);
}

CQLParser::ExpressionContext* CQLParser::DeleteOutputContext::expression() {
  return getRuleContext<CQLParser::ExpressionContext>(0);
}

CQLParser::DeleteOutputContext::DeleteOutputContext(Query_outputContext *ctx) { copyFrom(ctx); }


//----------------- UpdateOutputContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::UpdateOutputContext::UPDATE() {
  return getToken(CQLParser::UPDATE, 0);
}

CQLParser::TargetContext* CQLParser::UpdateOutputContext::target() {
  return getRuleContext<CQLParser::TargetContext>(0);
}

tree::TerminalNode* CQLParser::UpdateOutputContext::ON() {
  return getToken(CQLParser::ON, 0);
}

CQLParser::ExpressionContext* CQLParser::UpdateOutputContext::expression() {
  return getRuleContext<CQLParser::ExpressionContext>(0);
}

tree::TerminalNode* CQLParser::UpdateOutputContext::FOR() {
  return getToken(CQLParser::FOR, 0);
}

CQLParser::Output_event_typeContext* CQLParser::UpdateOutputContext::output_event_type() {
  return getRuleContext<CQLParser::Output_event_typeContext>(0);
}

CQLParser::Set_clauseContext* CQLParser::UpdateOutputContext::set_clause() {
  return getRuleContext<CQLParser::Set_clauseContext>(0);
}

CQLParser::UpdateOutputContext::UpdateOutputContext(Query_outputContext *ctx) { copyFrom(ctx); }


//----------------- ReturnOutputContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::ReturnOutputContext::RETURN() {
  return getToken(CQLParser::RETURN, 0);
}

CQLParser::Output_event_typeContext* CQLParser::ReturnOutputContext::output_event_type() {
  return getRuleContext<CQLParser::Output_event_typeContext>(0);
}

CQLParser::ReturnOutputContext::ReturnOutputContext(Query_outputContext *ctx) { copyFrom(ctx); }


//----------------- UpdateOrInsertOutputContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::UpdateOrInsertOutputContext::UPDATE() {
  return getToken(CQLParser::UPDATE, 0);
}

tree::TerminalNode* CQLParser::UpdateOrInsertOutputContext::OR() {
  return getToken(CQLParser::OR, 0);
}

tree::TerminalNode* CQLParser::UpdateOrInsertOutputContext::INSERT() {
  return getToken(CQLParser::INSERT, 0);
}

tree::TerminalNode* CQLParser::UpdateOrInsertOutputContext::INTO() {
  return getToken(CQLParser::INTO, 0);
}

CQLParser::TargetContext* CQLParser::UpdateOrInsertOutputContext::target() {
  return getRuleContext<CQLParser::TargetContext>(0);
}

tree::TerminalNode* CQLParser::UpdateOrInsertOutputContext::ON() {
  return getToken(CQLParser::ON, 0);
}

CQLParser::ExpressionContext* CQLParser::UpdateOrInsertOutputContext::expression() {
  return getRuleContext<CQLParser::ExpressionContext>(0);
}

tree::TerminalNode* CQLParser::UpdateOrInsertOutputContext::FOR() {
  return getToken(CQLParser::FOR, 0);
}

CQLParser::Output_event_typeContext* CQLParser::UpdateOrInsertOutputContext::output_event_type() {
  return getRuleContext<CQLParser::Output_event_typeContext>(0);
}

CQLParser::Set_clauseContext* CQLParser::UpdateOrInsertOutputContext::set_clause() {
  return getRuleContext<CQLParser::Set_clauseContext>(0);
}

CQLParser::UpdateOrInsertOutputContext::UpdateOrInsertOutputContext(Query_outputContext *ctx) { copyFrom(ctx); }


CQLParser::Query_outputContext* CQLParser::query_output() {
  Query_outputContext *_localctx = _tracker.createInstance<Query_outputContext>(_ctx, getState());
  enterRule(_localctx, 110, CQLParser::RuleQuery_output);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(792);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 93, _ctx)) {
    case 1: {
      _localctx = dynamic_cast<Query_outputContext *>(_tracker.createInstance<CQLParser::InsertIntoOutputContext>(_localctx));
      enterOuterAlt(_localctx, 1);
      setState(745);
      match(CQLParser::INSERT);
      setState(747);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (((((_la - 49) & ~ 0x3fULL) == 0) &&
        ((1ULL << (_la - 49)) & ((1ULL << (CQLParser::EVENTS - 49))
        | (1ULL << (CQLParser::EXPIRED - 49))
        | (1ULL << (CQLParser::CURRENT - 49))
        | (1ULL << (CQLParser::ALL - 49)))) != 0)) {
        setState(746);
        output_event_type();
      }
      setState(749);
      match(CQLParser::INTO);
      setState(750);
      target();
      break;
    }

    case 2: {
      _localctx = dynamic_cast<Query_outputContext *>(_tracker.createInstance<CQLParser::DeleteOutputContext>(_localctx));
      enterOuterAlt(_localctx, 2);
      setState(751);
      match(CQLParser::DELETE);
      setState(752);
      target();
      setState(755);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == CQLParser::FOR) {
        setState(753);
        match(CQLParser::FOR);
        setState(754);
        output_event_type();
      }
      setState(759);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == CQLParser::ON) {
        setState(757);
        match(CQLParser::ON);
        setState(758);
        dynamic_cast<DeleteOutputContext *>(_localctx)->on_condition = expression(0);
      }
      break;
    }

    case 3: {
      _localctx = dynamic_cast<Query_outputContext *>(_tracker.createInstance<CQLParser::UpdateOrInsertOutputContext>(_localctx));
      enterOuterAlt(_localctx, 3);
      setState(761);
      match(CQLParser::UPDATE);
      setState(762);
      match(CQLParser::OR);
      setState(763);
      match(CQLParser::INSERT);
      setState(764);
      match(CQLParser::INTO);
      setState(765);
      target();
      setState(768);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == CQLParser::FOR) {
        setState(766);
        match(CQLParser::FOR);
        setState(767);
        output_event_type();
      }
      setState(771);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == CQLParser::SET) {
        setState(770);
        set_clause();
      }
      setState(773);
      match(CQLParser::ON);
      setState(774);
      dynamic_cast<UpdateOrInsertOutputContext *>(_localctx)->on_condition = expression(0);
      break;
    }

    case 4: {
      _localctx = dynamic_cast<Query_outputContext *>(_tracker.createInstance<CQLParser::UpdateOutputContext>(_localctx));
      enterOuterAlt(_localctx, 4);
      setState(776);
      match(CQLParser::UPDATE);
      setState(777);
      target();
      setState(780);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == CQLParser::FOR) {
        setState(778);
        match(CQLParser::FOR);
        setState(779);
        output_event_type();
      }
      setState(783);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == CQLParser::SET) {
        setState(782);
        set_clause();
      }
      setState(785);
      match(CQLParser::ON);
      setState(786);
      dynamic_cast<UpdateOutputContext *>(_localctx)->on_condition = expression(0);
      break;
    }

    case 5: {
      _localctx = dynamic_cast<Query_outputContext *>(_tracker.createInstance<CQLParser::ReturnOutputContext>(_localctx));
      enterOuterAlt(_localctx, 5);
      setState(788);
      match(CQLParser::RETURN);
      setState(790);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (((((_la - 49) & ~ 0x3fULL) == 0) &&
        ((1ULL << (_la - 49)) & ((1ULL << (CQLParser::EVENTS - 49))
        | (1ULL << (CQLParser::EXPIRED - 49))
        | (1ULL << (CQLParser::CURRENT - 49))
        | (1ULL << (CQLParser::ALL - 49)))) != 0)) {
        setState(789);
        output_event_type();
      }
      break;
    }

    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- TargetContext ------------------------------------------------------------------

CQLParser::TargetContext::TargetContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

CQLParser::SourceContext* CQLParser::TargetContext::source() {
  return getRuleContext<CQLParser::SourceContext>(0);
}


size_t CQLParser::TargetContext::getRuleIndex() const {
  return CQLParser::RuleTarget;
}


CQLParser::TargetContext* CQLParser::target() {
  TargetContext *_localctx = _tracker.createInstance<TargetContext>(_ctx, getState());
  enterRule(_localctx, 112, CQLParser::RuleTarget);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(794);
    source();
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Output_event_typeContext ------------------------------------------------------------------

CQLParser::Output_event_typeContext::Output_event_typeContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}


size_t CQLParser::Output_event_typeContext::getRuleIndex() const {
  return CQLParser::RuleOutput_event_type;
}

void CQLParser::Output_event_typeContext::copyFrom(Output_event_typeContext *ctx) {
  ParserRuleContext::copyFrom(ctx);
}

//----------------- ExpiredEventsTypeContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::ExpiredEventsTypeContext::EXPIRED() {
  return getToken(CQLParser::EXPIRED, 0);
}

tree::TerminalNode* CQLParser::ExpiredEventsTypeContext::EVENTS() {
  return getToken(CQLParser::EVENTS, 0);
}

CQLParser::ExpiredEventsTypeContext::ExpiredEventsTypeContext(Output_event_typeContext *ctx) { copyFrom(ctx); }


//----------------- CurrentEventsTypeContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::CurrentEventsTypeContext::EVENTS() {
  return getToken(CQLParser::EVENTS, 0);
}

tree::TerminalNode* CQLParser::CurrentEventsTypeContext::CURRENT() {
  return getToken(CQLParser::CURRENT, 0);
}

CQLParser::CurrentEventsTypeContext::CurrentEventsTypeContext(Output_event_typeContext *ctx) { copyFrom(ctx); }


//----------------- AllEventsTypeContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::AllEventsTypeContext::ALL() {
  return getToken(CQLParser::ALL, 0);
}

tree::TerminalNode* CQLParser::AllEventsTypeContext::EVENTS() {
  return getToken(CQLParser::EVENTS, 0);
}

CQLParser::AllEventsTypeContext::AllEventsTypeContext(Output_event_typeContext *ctx) { copyFrom(ctx); }


CQLParser::Output_event_typeContext* CQLParser::output_event_type() {
  Output_event_typeContext *_localctx = _tracker.createInstance<Output_event_typeContext>(_ctx, getState());
  enterRule(_localctx, 114, CQLParser::RuleOutput_event_type);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(804);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case CQLParser::ALL: {
        _localctx = dynamic_cast<Output_event_typeContext *>(_tracker.createInstance<CQLParser::AllEventsTypeContext>(_localctx));
        enterOuterAlt(_localctx, 1);
        setState(796);
        match(CQLParser::ALL);
        setState(797);
        match(CQLParser::EVENTS);
        break;
      }

      case CQLParser::EXPIRED: {
        _localctx = dynamic_cast<Output_event_typeContext *>(_tracker.createInstance<CQLParser::ExpiredEventsTypeContext>(_localctx));
        enterOuterAlt(_localctx, 2);
        setState(798);
        match(CQLParser::EXPIRED);
        setState(799);
        match(CQLParser::EVENTS);
        break;
      }

      case CQLParser::EVENTS:
      case CQLParser::CURRENT: {
        _localctx = dynamic_cast<Output_event_typeContext *>(_tracker.createInstance<CQLParser::CurrentEventsTypeContext>(_localctx));
        enterOuterAlt(_localctx, 3);
        setState(801);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == CQLParser::CURRENT) {
          setState(800);
          match(CQLParser::CURRENT);
        }
        setState(803);
        match(CQLParser::EVENTS);
        break;
      }

    default:
      throw NoViableAltException(this);
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Set_clauseContext ------------------------------------------------------------------

CQLParser::Set_clauseContext::Set_clauseContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::Set_clauseContext::SET() {
  return getToken(CQLParser::SET, 0);
}

std::vector<CQLParser::Set_assignmentContext *> CQLParser::Set_clauseContext::set_assignment() {
  return getRuleContexts<CQLParser::Set_assignmentContext>();
}

CQLParser::Set_assignmentContext* CQLParser::Set_clauseContext::set_assignment(size_t i) {
  return getRuleContext<CQLParser::Set_assignmentContext>(i);
}

std::vector<tree::TerminalNode *> CQLParser::Set_clauseContext::COMMA() {
  return getTokens(CQLParser::COMMA);
}

tree::TerminalNode* CQLParser::Set_clauseContext::COMMA(size_t i) {
  return getToken(CQLParser::COMMA, i);
}


size_t CQLParser::Set_clauseContext::getRuleIndex() const {
  return CQLParser::RuleSet_clause;
}


CQLParser::Set_clauseContext* CQLParser::set_clause() {
  Set_clauseContext *_localctx = _tracker.createInstance<Set_clauseContext>(_ctx, getState());
  enterRule(_localctx, 116, CQLParser::RuleSet_clause);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(806);
    match(CQLParser::SET);
    setState(807);
    set_assignment();
    setState(812);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == CQLParser::COMMA) {
      setState(808);
      match(CQLParser::COMMA);
      setState(809);
      set_assignment();
      setState(814);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Set_assignmentContext ------------------------------------------------------------------

CQLParser::Set_assignmentContext::Set_assignmentContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

CQLParser::Attribute_referenceContext* CQLParser::Set_assignmentContext::attribute_reference() {
  return getRuleContext<CQLParser::Attribute_referenceContext>(0);
}

tree::TerminalNode* CQLParser::Set_assignmentContext::ASSIGN() {
  return getToken(CQLParser::ASSIGN, 0);
}

CQLParser::ExpressionContext* CQLParser::Set_assignmentContext::expression() {
  return getRuleContext<CQLParser::ExpressionContext>(0);
}


size_t CQLParser::Set_assignmentContext::getRuleIndex() const {
  return CQLParser::RuleSet_assignment;
}


CQLParser::Set_assignmentContext* CQLParser::set_assignment() {
  Set_assignmentContext *_localctx = _tracker.createInstance<Set_assignmentContext>(_ctx, getState());
  enterRule(_localctx, 118, CQLParser::RuleSet_assignment);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(815);
    attribute_reference();
    setState(816);
    match(CQLParser::ASSIGN);
    setState(817);
    dynamic_cast<Set_assignmentContext *>(_localctx)->value = expression(0);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Store_queryContext ------------------------------------------------------------------

CQLParser::Store_queryContext::Store_queryContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}


size_t CQLParser::Store_queryContext::getRuleIndex() const {
  return CQLParser::RuleStore_query;
}

void CQLParser::Store_queryContext::copyFrom(Store_queryContext *ctx) {
  ParserRuleContext::copyFrom(ctx);
}

//----------------- InsertStoreQueryContext ------------------------------------------------------------------

CQLParser::Query_sectionContext* CQLParser::InsertStoreQueryContext::query_section() {
  return getRuleContext<CQLParser::Query_sectionContext>(0);
}

tree::TerminalNode* CQLParser::InsertStoreQueryContext::INSERT() {
  return getToken(CQLParser::INSERT, 0);
}

tree::TerminalNode* CQLParser::InsertStoreQueryContext::INTO() {
  return getToken(CQLParser::INTO, 0);
}

CQLParser::TargetContext* CQLParser::InsertStoreQueryContext::target() {
  return getRuleContext<CQLParser::TargetContext>(0);
}

CQLParser::InsertStoreQueryContext::InsertStoreQueryContext(Store_queryContext *ctx) { copyFrom(ctx); }


//----------------- UpdateOrInsertStoreQueryContext ------------------------------------------------------------------

CQLParser::Query_sectionContext* CQLParser::UpdateOrInsertStoreQueryContext::query_section() {
  return getRuleContext<CQLParser::Query_sectionContext>(0);
}

tree::TerminalNode* CQLParser::UpdateOrInsertStoreQueryContext::UPDATE() {
  return getToken(CQLParser::UPDATE, 0);
}

tree::TerminalNode* CQLParser::UpdateOrInsertStoreQueryContext::OR() {
  return getToken(CQLParser::OR, 0);
}

tree::TerminalNode* CQLParser::UpdateOrInsertStoreQueryContext::INSERT() {
  return getToken(CQLParser::INSERT, 0);
}

tree::TerminalNode* CQLParser::UpdateOrInsertStoreQueryContext::INTO() {
  return getToken(CQLParser::INTO, 0);
}

CQLParser::TargetContext* CQLParser::UpdateOrInsertStoreQueryContext::target() {
  return getRuleContext<CQLParser::TargetContext>(0);
}

tree::TerminalNode* CQLParser::UpdateOrInsertStoreQueryContext::ON() {
  return getToken(CQLParser::ON, 0);
}

CQLParser::ExpressionContext* CQLParser::UpdateOrInsertStoreQueryContext::expression() {
  return getRuleContext<CQLParser::ExpressionContext>(0);
}

CQLParser::Set_clauseContext* CQLParser::UpdateOrInsertStoreQueryContext::set_clause() {
  return getRuleContext<CQLParser::Set_clauseContext>(0);
}

CQLParser::UpdateOrInsertStoreQueryContext::UpdateOrInsertStoreQueryContext(Store_queryContext *ctx) { copyFrom(ctx); }


//----------------- FindStoreQueryContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::FindStoreQueryContext::FROM() {
  return getToken(CQLParser::FROM, 0);
}

CQLParser::Store_inputContext* CQLParser::FindStoreQueryContext::store_input() {
  return getRuleContext<CQLParser::Store_inputContext>(0);
}

CQLParser::Query_sectionContext* CQLParser::FindStoreQueryContext::query_section() {
  return getRuleContext<CQLParser::Query_sectionContext>(0);
}

CQLParser::FindStoreQueryContext::FindStoreQueryContext(Store_queryContext *ctx) { copyFrom(ctx); }


//----------------- DeleteStoreQueryContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::DeleteStoreQueryContext::DELETE() {
  return getToken(CQLParser::DELETE, 0);
}

CQLParser::TargetContext* CQLParser::DeleteStoreQueryContext::target() {
  return getRuleContext<CQLParser::TargetContext>(0);
}

CQLParser::Query_sectionContext* CQLParser::DeleteStoreQueryContext::query_section() {
  return getRuleContext<CQLParser::Query_sectionContext>(0);
}

tree::TerminalNode* CQLParser::DeleteStoreQueryContext::ON() {
  return getToken(CQLParser::ON, 0);
}

CQLParser::ExpressionContext* CQLParser::DeleteStoreQueryContext::expression() {
  return getRuleContext<CQLParser::ExpressionContext>(0);
}

CQLParser::DeleteStoreQueryContext::DeleteStoreQueryContext(Store_queryContext *ctx) { copyFrom(ctx); }


//----------------- UpdateStoreQueryContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::UpdateStoreQueryContext::UPDATE() {
  return getToken(CQLParser::UPDATE, 0);
}

CQLParser::TargetContext* CQLParser::UpdateStoreQueryContext::target() {
  return getRuleContext<CQLParser::TargetContext>(0);
}

tree::TerminalNode* CQLParser::UpdateStoreQueryContext::ON() {
  return getToken(CQLParser::ON, 0);
}

CQLParser::ExpressionContext* CQLParser::UpdateStoreQueryContext::expression() {
  return getRuleContext<CQLParser::ExpressionContext>(0);
}

CQLParser::Query_sectionContext* CQLParser::UpdateStoreQueryContext::query_section() {
  return getRuleContext<CQLParser::Query_sectionContext>(0);
}

CQLParser::Set_clauseContext* CQLParser::UpdateStoreQueryContext::set_clause() {
  return getRuleContext<CQLParser::Set_clauseContext>(0);
}

CQLParser::UpdateStoreQueryContext::UpdateStoreQueryContext(Store_queryContext *ctx) { copyFrom(ctx); }


CQLParser::Store_queryContext* CQLParser::store_query() {
  Store_queryContext *_localctx = _tracker.createInstance<Store_queryContext>(_ctx, getState());
  enterRule(_localctx, 120, CQLParser::RuleStore_query);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(861);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 103, _ctx)) {
    case 1: {
      _localctx = dynamic_cast<Store_queryContext *>(_tracker.createInstance<CQLParser::FindStoreQueryContext>(_localctx));
      enterOuterAlt(_localctx, 1);
      setState(819);
      match(CQLParser::FROM);
      setState(820);
      store_input();
      setState(822);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == CQLParser::SELECT) {
        setState(821);
        query_section();
      }
      break;
    }

    case 2: {
      _localctx = dynamic_cast<Store_queryContext *>(_tracker.createInstance<CQLParser::InsertStoreQueryContext>(_localctx));
      enterOuterAlt(_localctx, 2);
      setState(824);
      query_section();
      setState(825);
      match(CQLParser::INSERT);
      setState(826);
      match(CQLParser::INTO);
      setState(827);
      target();
      break;
    }

    case 3: {
      _localctx = dynamic_cast<Store_queryContext *>(_tracker.createInstance<CQLParser::UpdateOrInsertStoreQueryContext>(_localctx));
      enterOuterAlt(_localctx, 3);
      setState(829);
      query_section();
      setState(830);
      match(CQLParser::UPDATE);
      setState(831);
      match(CQLParser::OR);
      setState(832);
      match(CQLParser::INSERT);
      setState(833);
      match(CQLParser::INTO);
      setState(834);
      target();
      setState(836);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == CQLParser::SET) {
        setState(835);
        set_clause();
      }
      setState(838);
      match(CQLParser::ON);
      setState(839);
      dynamic_cast<UpdateOrInsertStoreQueryContext *>(_localctx)->on_condition = expression(0);
      break;
    }

    case 4: {
      _localctx = dynamic_cast<Store_queryContext *>(_tracker.createInstance<CQLParser::DeleteStoreQueryContext>(_localctx));
      enterOuterAlt(_localctx, 4);
      setState(842);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == CQLParser::SELECT) {
        setState(841);
        query_section();
      }
      setState(844);
      match(CQLParser::DELETE);
      setState(845);
      target();
      setState(848);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == CQLParser::ON) {
        setState(846);
        match(CQLParser::ON);
        setState(847);
        dynamic_cast<DeleteStoreQueryContext *>(_localctx)->on_condition = expression(0);
      }
      break;
    }

    case 5: {
      _localctx = dynamic_cast<Store_queryContext *>(_tracker.createInstance<CQLParser::UpdateStoreQueryContext>(_localctx));
      enterOuterAlt(_localctx, 5);
      setState(851);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == CQLParser::SELECT) {
        setState(850);
        query_section();
      }
      setState(853);
      match(CQLParser::UPDATE);
      setState(854);
      target();
      setState(856);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == CQLParser::SET) {
        setState(855);
        set_clause();
      }
      setState(858);
      match(CQLParser::ON);
      setState(859);
      dynamic_cast<UpdateStoreQueryContext *>(_localctx)->on_condition = expression(0);
      break;
    }

    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Store_inputContext ------------------------------------------------------------------

CQLParser::Store_inputContext::Store_inputContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

std::vector<CQLParser::NameContext *> CQLParser::Store_inputContext::name() {
  return getRuleContexts<CQLParser::NameContext>();
}

CQLParser::NameContext* CQLParser::Store_inputContext::name(size_t i) {
  return getRuleContext<CQLParser::NameContext>(i);
}

tree::TerminalNode* CQLParser::Store_inputContext::AS() {
  return getToken(CQLParser::AS, 0);
}

tree::TerminalNode* CQLParser::Store_inputContext::ON() {
  return getToken(CQLParser::ON, 0);
}

CQLParser::Within_time_rangeContext* CQLParser::Store_inputContext::within_time_range() {
  return getRuleContext<CQLParser::Within_time_rangeContext>(0);
}

CQLParser::Per_clauseContext* CQLParser::Store_inputContext::per_clause() {
  return getRuleContext<CQLParser::Per_clauseContext>(0);
}

CQLParser::ExpressionContext* CQLParser::Store_inputContext::expression() {
  return getRuleContext<CQLParser::ExpressionContext>(0);
}


size_t CQLParser::Store_inputContext::getRuleIndex() const {
  return CQLParser::RuleStore_input;
}


CQLParser::Store_inputContext* CQLParser::store_input() {
  Store_inputContext *_localctx = _tracker.createInstance<Store_inputContext>(_ctx, getState());
  enterRule(_localctx, 122, CQLParser::RuleStore_input);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(863);
    dynamic_cast<Store_inputContext *>(_localctx)->source_name = name();
    setState(866);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == CQLParser::AS) {
      setState(864);
      match(CQLParser::AS);
      setState(865);
      dynamic_cast<Store_inputContext *>(_localctx)->alias = name();
    }
    setState(870);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == CQLParser::ON) {
      setState(868);
      match(CQLParser::ON);
      setState(869);
      dynamic_cast<Store_inputContext *>(_localctx)->on_condition = expression(0);
    }
    setState(875);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == CQLParser::WITHIN) {
      setState(872);
      within_time_range();
      setState(873);
      per_clause();
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Within_timeContext ------------------------------------------------------------------

CQLParser::Within_timeContext::Within_timeContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::Within_timeContext::WITHIN() {
  return getToken(CQLParser::WITHIN, 0);
}

CQLParser::Time_valueContext* CQLParser::Within_timeContext::time_value() {
  return getRuleContext<CQLParser::Time_valueContext>(0);
}


size_t CQLParser::Within_timeContext::getRuleIndex() const {
  return CQLParser::RuleWithin_time;
}


CQLParser::Within_timeContext* CQLParser::within_time() {
  Within_timeContext *_localctx = _tracker.createInstance<Within_timeContext>(_ctx, getState());
  enterRule(_localctx, 124, CQLParser::RuleWithin_time);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(877);
    match(CQLParser::WITHIN);
    setState(878);
    time_value();
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- For_timeContext ------------------------------------------------------------------

CQLParser::For_timeContext::For_timeContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::For_timeContext::FOR() {
  return getToken(CQLParser::FOR, 0);
}

CQLParser::Time_valueContext* CQLParser::For_timeContext::time_value() {
  return getRuleContext<CQLParser::Time_valueContext>(0);
}


size_t CQLParser::For_timeContext::getRuleIndex() const {
  return CQLParser::RuleFor_time;
}


CQLParser::For_timeContext* CQLParser::for_time() {
  For_timeContext *_localctx = _tracker.createInstance<For_timeContext>(_ctx, getState());
  enterRule(_localctx, 126, CQLParser::RuleFor_time);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(880);
    match(CQLParser::FOR);
    setState(881);
    time_value();
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Within_time_rangeContext ------------------------------------------------------------------

CQLParser::Within_time_rangeContext::Within_time_rangeContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::Within_time_rangeContext::WITHIN() {
  return getToken(CQLParser::WITHIN, 0);
}

std::vector<CQLParser::ExpressionContext *> CQLParser::Within_time_rangeContext::expression() {
  return getRuleContexts<CQLParser::ExpressionContext>();
}

CQLParser::ExpressionContext* CQLParser::Within_time_rangeContext::expression(size_t i) {
  return getRuleContext<CQLParser::ExpressionContext>(i);
}

tree::TerminalNode* CQLParser::Within_time_rangeContext::COMMA() {
  return getToken(CQLParser::COMMA, 0);
}


size_t CQLParser::Within_time_rangeContext::getRuleIndex() const {
  return CQLParser::RuleWithin_time_range;
}


CQLParser::Within_time_rangeContext* CQLParser::within_time_range() {
  Within_time_rangeContext *_localctx = _tracker.createInstance<Within_time_rangeContext>(_ctx, getState());
  enterRule(_localctx, 128, CQLParser::RuleWithin_time_range);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(883);
    match(CQLParser::WITHIN);
    setState(884);
    dynamic_cast<Within_time_rangeContext *>(_localctx)->range_start = expression(0);
    setState(887);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == CQLParser::COMMA) {
      setState(885);
      match(CQLParser::COMMA);
      setState(886);
      dynamic_cast<Within_time_rangeContext *>(_localctx)->range_end = expression(0);
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Per_clauseContext ------------------------------------------------------------------

CQLParser::Per_clauseContext::Per_clauseContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::Per_clauseContext::PER() {
  return getToken(CQLParser::PER, 0);
}

CQLParser::ExpressionContext* CQLParser::Per_clauseContext::expression() {
  return getRuleContext<CQLParser::ExpressionContext>(0);
}


size_t CQLParser::Per_clauseContext::getRuleIndex() const {
  return CQLParser::RulePer_clause;
}


CQLParser::Per_clauseContext* CQLParser::per_clause() {
  Per_clauseContext *_localctx = _tracker.createInstance<Per_clauseContext>(_ctx, getState());
  enterRule(_localctx, 130, CQLParser::RulePer_clause);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(889);
    match(CQLParser::PER);
    setState(890);
    dynamic_cast<Per_clauseContext *>(_localctx)->value = expression(0);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ExpressionContext ------------------------------------------------------------------

CQLParser::ExpressionContext::ExpressionContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}


size_t CQLParser::ExpressionContext::getRuleIndex() const {
  return CQLParser::RuleExpression;
}

void CQLParser::ExpressionContext::copyFrom(ExpressionContext *ctx) {
  ParserRuleContext::copyFrom(ctx);
}

//----------------- AndExprContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::AndExprContext::AND() {
  return getToken(CQLParser::AND, 0);
}

std::vector<CQLParser::ExpressionContext *> CQLParser::AndExprContext::expression() {
  return getRuleContexts<CQLParser::ExpressionContext>();
}

CQLParser::ExpressionContext* CQLParser::AndExprContext::expression(size_t i) {
  return getRuleContext<CQLParser::ExpressionContext>(i);
}

CQLParser::AndExprContext::AndExprContext(ExpressionContext *ctx) { copyFrom(ctx); }


//----------------- IsNullExprContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::IsNullExprContext::IS() {
  return getToken(CQLParser::IS, 0);
}

tree::TerminalNode* CQLParser::IsNullExprContext::NULL_() {
  return getToken(CQLParser::NULL_, 0);
}

CQLParser::ExpressionContext* CQLParser::IsNullExprContext::expression() {
  return getRuleContext<CQLParser::ExpressionContext>(0);
}

CQLParser::IsNullExprContext::IsNullExprContext(ExpressionContext *ctx) { copyFrom(ctx); }


//----------------- IsNullStreamExprContext ------------------------------------------------------------------

CQLParser::Stream_referenceContext* CQLParser::IsNullStreamExprContext::stream_reference() {
  return getRuleContext<CQLParser::Stream_referenceContext>(0);
}

tree::TerminalNode* CQLParser::IsNullStreamExprContext::IS() {
  return getToken(CQLParser::IS, 0);
}

tree::TerminalNode* CQLParser::IsNullStreamExprContext::NULL_() {
  return getToken(CQLParser::NULL_, 0);
}

CQLParser::IsNullStreamExprContext::IsNullStreamExprContext(ExpressionContext *ctx) { copyFrom(ctx); }


//----------------- UnaryPlusContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::UnaryPlusContext::PLUS() {
  return getToken(CQLParser::PLUS, 0);
}

CQLParser::ExpressionContext* CQLParser::UnaryPlusContext::expression() {
  return getRuleContext<CQLParser::ExpressionContext>(0);
}

CQLParser::UnaryPlusContext::UnaryPlusContext(ExpressionContext *ctx) { copyFrom(ctx); }


//----------------- ConstantExprContext ------------------------------------------------------------------

CQLParser::ConstantContext* CQLParser::ConstantExprContext::constant() {
  return getRuleContext<CQLParser::ConstantContext>(0);
}

CQLParser::ConstantExprContext::ConstantExprContext(ExpressionContext *ctx) { copyFrom(ctx); }


//----------------- UnaryMinusContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::UnaryMinusContext::MINUS() {
  return getToken(CQLParser::MINUS, 0);
}

CQLParser::ExpressionContext* CQLParser::UnaryMinusContext::expression() {
  return getRuleContext<CQLParser::ExpressionContext>(0);
}

CQLParser::UnaryMinusContext::UnaryMinusContext(ExpressionContext *ctx) { copyFrom(ctx); }


//----------------- OrExprContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::OrExprContext::OR() {
  return getToken(CQLParser::OR, 0);
}

std::vector<CQLParser::ExpressionContext *> CQLParser::OrExprContext::expression() {
  return getRuleContexts<CQLParser::ExpressionContext>();
}

CQLParser::ExpressionContext* CQLParser::OrExprContext::expression(size_t i) {
  return getRuleContext<CQLParser::ExpressionContext>(i);
}

CQLParser::OrExprContext::OrExprContext(ExpressionContext *ctx) { copyFrom(ctx); }


//----------------- FunctionCallExprContext ------------------------------------------------------------------

CQLParser::Function_operationContext* CQLParser::FunctionCallExprContext::function_operation() {
  return getRuleContext<CQLParser::Function_operationContext>(0);
}

CQLParser::FunctionCallExprContext::FunctionCallExprContext(ExpressionContext *ctx) { copyFrom(ctx); }


//----------------- EqualityExprContext ------------------------------------------------------------------

std::vector<CQLParser::ExpressionContext *> CQLParser::EqualityExprContext::expression() {
  return getRuleContexts<CQLParser::ExpressionContext>();
}

CQLParser::ExpressionContext* CQLParser::EqualityExprContext::expression(size_t i) {
  return getRuleContext<CQLParser::ExpressionContext>(i);
}

tree::TerminalNode* CQLParser::EqualityExprContext::EQ() {
  return getToken(CQLParser::EQ, 0);
}

tree::TerminalNode* CQLParser::EqualityExprContext::NOT_EQ() {
  return getToken(CQLParser::NOT_EQ, 0);
}

CQLParser::EqualityExprContext::EqualityExprContext(ExpressionContext *ctx) { copyFrom(ctx); }


//----------------- MulDivModExprContext ------------------------------------------------------------------

std::vector<CQLParser::ExpressionContext *> CQLParser::MulDivModExprContext::expression() {
  return getRuleContexts<CQLParser::ExpressionContext>();
}

CQLParser::ExpressionContext* CQLParser::MulDivModExprContext::expression(size_t i) {
  return getRuleContext<CQLParser::ExpressionContext>(i);
}

tree::TerminalNode* CQLParser::MulDivModExprContext::STAR() {
  return getToken(CQLParser::STAR, 0);
}

tree::TerminalNode* CQLParser::MulDivModExprContext::DIV() {
  return getToken(CQLParser::DIV, 0);
}

tree::TerminalNode* CQLParser::MulDivModExprContext::MOD() {
  return getToken(CQLParser::MOD, 0);
}

CQLParser::MulDivModExprContext::MulDivModExprContext(ExpressionContext *ctx) { copyFrom(ctx); }


//----------------- CompareExprContext ------------------------------------------------------------------

std::vector<CQLParser::ExpressionContext *> CQLParser::CompareExprContext::expression() {
  return getRuleContexts<CQLParser::ExpressionContext>();
}

CQLParser::ExpressionContext* CQLParser::CompareExprContext::expression(size_t i) {
  return getRuleContext<CQLParser::ExpressionContext>(i);
}

tree::TerminalNode* CQLParser::CompareExprContext::GT_EQ() {
  return getToken(CQLParser::GT_EQ, 0);
}

tree::TerminalNode* CQLParser::CompareExprContext::LT_EQ() {
  return getToken(CQLParser::LT_EQ, 0);
}

tree::TerminalNode* CQLParser::CompareExprContext::GT() {
  return getToken(CQLParser::GT, 0);
}

tree::TerminalNode* CQLParser::CompareExprContext::LT() {
  return getToken(CQLParser::LT, 0);
}

CQLParser::CompareExprContext::CompareExprContext(ExpressionContext *ctx) { copyFrom(ctx); }


//----------------- AttributeRefExprContext ------------------------------------------------------------------

CQLParser::Attribute_referenceContext* CQLParser::AttributeRefExprContext::attribute_reference() {
  return getRuleContext<CQLParser::Attribute_referenceContext>(0);
}

CQLParser::AttributeRefExprContext::AttributeRefExprContext(ExpressionContext *ctx) { copyFrom(ctx); }


//----------------- NotExprContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::NotExprContext::NOT() {
  return getToken(CQLParser::NOT, 0);
}

CQLParser::ExpressionContext* CQLParser::NotExprContext::expression() {
  return getRuleContext<CQLParser::ExpressionContext>(0);
}

CQLParser::NotExprContext::NotExprContext(ExpressionContext *ctx) { copyFrom(ctx); }


//----------------- InExprContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::InExprContext::IN() {
  return getToken(CQLParser::IN, 0);
}

CQLParser::ExpressionContext* CQLParser::InExprContext::expression() {
  return getRuleContext<CQLParser::ExpressionContext>(0);
}

CQLParser::NameContext* CQLParser::InExprContext::name() {
  return getRuleContext<CQLParser::NameContext>(0);
}

CQLParser::InExprContext::InExprContext(ExpressionContext *ctx) { copyFrom(ctx); }


//----------------- ParenExprContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::ParenExprContext::LPAREN() {
  return getToken(CQLParser::LPAREN, 0);
}

tree::TerminalNode* CQLParser::ParenExprContext::RPAREN() {
  return getToken(CQLParser::RPAREN, 0);
}

CQLParser::ExpressionContext* CQLParser::ParenExprContext::expression() {
  return getRuleContext<CQLParser::ExpressionContext>(0);
}

CQLParser::ParenExprContext::ParenExprContext(ExpressionContext *ctx) { copyFrom(ctx); }


//----------------- AddSubExprContext ------------------------------------------------------------------

std::vector<CQLParser::ExpressionContext *> CQLParser::AddSubExprContext::expression() {
  return getRuleContexts<CQLParser::ExpressionContext>();
}

CQLParser::ExpressionContext* CQLParser::AddSubExprContext::expression(size_t i) {
  return getRuleContext<CQLParser::ExpressionContext>(i);
}

tree::TerminalNode* CQLParser::AddSubExprContext::PLUS() {
  return getToken(CQLParser::PLUS, 0);
}

tree::TerminalNode* CQLParser::AddSubExprContext::MINUS() {
  return getToken(CQLParser::MINUS, 0);
}

CQLParser::AddSubExprContext::AddSubExprContext(ExpressionContext *ctx) { copyFrom(ctx); }



CQLParser::ExpressionContext* CQLParser::expression() {
   return expression(0);
}

CQLParser::ExpressionContext* CQLParser::expression(int precedence) {
  ParserRuleContext *parentContext = _ctx;
  size_t parentState = getState();
  CQLParser::ExpressionContext *_localctx = _tracker.createInstance<ExpressionContext>(_ctx, parentState);
  CQLParser::ExpressionContext *previousContext = _localctx;
  (void)previousContext; // Silence compiler, in case the context is not used by generated code.
  size_t startState = 132;
  enterRecursionRule(_localctx, 132, CQLParser::RuleExpression, precedence);

    size_t _la = 0;

  auto onExit = finally([=] {
    unrollRecursionContexts(parentContext);
  });
  try {
    size_t alt;
    enterOuterAlt(_localctx, 1);
    setState(910);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 108, _ctx)) {
    case 1: {
      _localctx = _tracker.createInstance<ParenExprContext>(_localctx);
      _ctx = _localctx;
      previousContext = _localctx;

      setState(893);
      match(CQLParser::LPAREN);
      setState(894);
      dynamic_cast<ParenExprContext *>(_localctx)->inner = expression(0);
      setState(895);
      match(CQLParser::RPAREN);
      break;
    }

    case 2: {
      _localctx = _tracker.createInstance<IsNullStreamExprContext>(_localctx);
      _ctx = _localctx;
      previousContext = _localctx;
      setState(897);
      stream_reference();
      setState(898);
      match(CQLParser::IS);
      setState(899);
      match(CQLParser::NULL_);
      break;
    }

    case 3: {
      _localctx = _tracker.createInstance<FunctionCallExprContext>(_localctx);
      _ctx = _localctx;
      previousContext = _localctx;
      setState(901);
      function_operation();
      break;
    }

    case 4: {
      _localctx = _tracker.createInstance<AttributeRefExprContext>(_localctx);
      _ctx = _localctx;
      previousContext = _localctx;
      setState(902);
      attribute_reference();
      break;
    }

    case 5: {
      _localctx = _tracker.createInstance<ConstantExprContext>(_localctx);
      _ctx = _localctx;
      previousContext = _localctx;
      setState(903);
      constant();
      break;
    }

    case 6: {
      _localctx = _tracker.createInstance<UnaryMinusContext>(_localctx);
      _ctx = _localctx;
      previousContext = _localctx;
      setState(904);
      match(CQLParser::MINUS);
      setState(905);
      dynamic_cast<UnaryMinusContext *>(_localctx)->operand = expression(10);
      break;
    }

    case 7: {
      _localctx = _tracker.createInstance<UnaryPlusContext>(_localctx);
      _ctx = _localctx;
      previousContext = _localctx;
      setState(906);
      match(CQLParser::PLUS);
      setState(907);
      dynamic_cast<UnaryPlusContext *>(_localctx)->operand = expression(9);
      break;
    }

    case 8: {
      _localctx = _tracker.createInstance<NotExprContext>(_localctx);
      _ctx = _localctx;
      previousContext = _localctx;
      setState(908);
      match(CQLParser::NOT);
      setState(909);
      dynamic_cast<NotExprContext *>(_localctx)->operand = expression(8);
      break;
    }

    }
    _ctx->stop = _input->LT(-1);
    setState(938);
    _errHandler->sync(this);
    alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 110, _ctx);
    while (alt != 2 && alt != atn::ATN::INVALID_ALT_NUMBER) {
      if (alt == 1) {
        if (!_parseListeners.empty())
          triggerExitRuleEvent();
        previousContext = _localctx;
        setState(936);
        _errHandler->sync(this);
        switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 109, _ctx)) {
        case 1: {
          auto newContext = _tracker.createInstance<MulDivModExprContext>(_tracker.createInstance<ExpressionContext>(parentContext, parentState));
          _localctx = newContext;
          newContext->left = previousContext;
          pushNewRecursionContext(newContext, startState, RuleExpression);
          setState(912);

          if (!(precpred(_ctx, 7))) throw FailedPredicateException(this, "precpred(_ctx, 7)");
          setState(913);
          dynamic_cast<MulDivModExprContext *>(_localctx)->op = _input->LT(1);
          _la = _input->LA(1);
          if (!((((_la & ~ 0x3fULL) == 0) &&
            ((1ULL << _la) & ((1ULL << CQLParser::STAR)
            | (1ULL << CQLParser::DIV)
            | (1ULL << CQLParser::MOD))) != 0))) {
            dynamic_cast<MulDivModExprContext *>(_localctx)->op = _errHandler->recoverInline(this);
          }
          else {
            _errHandler->reportMatch(this);
            consume();
          }
          setState(914);
          dynamic_cast<MulDivModExprContext *>(_localctx)->right = expression(8);
          break;
        }

        case 2: {
          auto newContext = _tracker.createInstance<AddSubExprContext>(_tracker.createInstance<ExpressionContext>(parentContext, parentState));
          _localctx = newContext;
          newContext->left = previousContext;
          pushNewRecursionContext(newContext, startState, RuleExpression);
          setState(915);

          if (!(precpred(_ctx, 6))) throw FailedPredicateException(this, "precpred(_ctx, 6)");
          setState(916);
          dynamic_cast<AddSubExprContext *>(_localctx)->op = _input->LT(1);
          _la = _input->LA(1);
          if (!(_la == CQLParser::PLUS

          || _la == CQLParser::MINUS)) {
            dynamic_cast<AddSubExprContext *>(_localctx)->op = _errHandler->recoverInline(this);
          }
          else {
            _errHandler->reportMatch(this);
            consume();
          }
          setState(917);
          dynamic_cast<AddSubExprContext *>(_localctx)->right = expression(7);
          break;
        }

        case 3: {
          auto newContext = _tracker.createInstance<CompareExprContext>(_tracker.createInstance<ExpressionContext>(parentContext, parentState));
          _localctx = newContext;
          newContext->left = previousContext;
          pushNewRecursionContext(newContext, startState, RuleExpression);
          setState(918);

          if (!(precpred(_ctx, 5))) throw FailedPredicateException(this, "precpred(_ctx, 5)");
          setState(919);
          dynamic_cast<CompareExprContext *>(_localctx)->op = _input->LT(1);
          _la = _input->LA(1);
          if (!((((_la & ~ 0x3fULL) == 0) &&
            ((1ULL << _la) & ((1ULL << CQLParser::LT)
            | (1ULL << CQLParser::LT_EQ)
            | (1ULL << CQLParser::GT)
            | (1ULL << CQLParser::GT_EQ))) != 0))) {
            dynamic_cast<CompareExprContext *>(_localctx)->op = _errHandler->recoverInline(this);
          }
          else {
            _errHandler->reportMatch(this);
            consume();
          }
          setState(920);
          dynamic_cast<CompareExprContext *>(_localctx)->right = expression(6);
          break;
        }

        case 4: {
          auto newContext = _tracker.createInstance<EqualityExprContext>(_tracker.createInstance<ExpressionContext>(parentContext, parentState));
          _localctx = newContext;
          newContext->left = previousContext;
          pushNewRecursionContext(newContext, startState, RuleExpression);
          setState(921);

          if (!(precpred(_ctx, 4))) throw FailedPredicateException(this, "precpred(_ctx, 4)");
          setState(922);
          dynamic_cast<EqualityExprContext *>(_localctx)->op = _input->LT(1);
          _la = _input->LA(1);
          if (!(_la == CQLParser::EQ

          || _la == CQLParser::NOT_EQ)) {
            dynamic_cast<EqualityExprContext *>(_localctx)->op = _errHandler->recoverInline(this);
          }
          else {
            _errHandler->reportMatch(this);
            consume();
          }
          setState(923);
          dynamic_cast<EqualityExprContext *>(_localctx)->right = expression(5);
          break;
        }

        case 5: {
          auto newContext = _tracker.createInstance<AndExprContext>(_tracker.createInstance<ExpressionContext>(parentContext, parentState));
          _localctx = newContext;
          newContext->left = previousContext;
          pushNewRecursionContext(newContext, startState, RuleExpression);
          setState(924);

          if (!(precpred(_ctx, 2))) throw FailedPredicateException(this, "precpred(_ctx, 2)");
          setState(925);
          match(CQLParser::AND);
          setState(926);
          dynamic_cast<AndExprContext *>(_localctx)->right = expression(3);
          break;
        }

        case 6: {
          auto newContext = _tracker.createInstance<OrExprContext>(_tracker.createInstance<ExpressionContext>(parentContext, parentState));
          _localctx = newContext;
          newContext->left = previousContext;
          pushNewRecursionContext(newContext, startState, RuleExpression);
          setState(927);

          if (!(precpred(_ctx, 1))) throw FailedPredicateException(this, "precpred(_ctx, 1)");
          setState(928);
          match(CQLParser::OR);
          setState(929);
          dynamic_cast<OrExprContext *>(_localctx)->right = expression(2);
          break;
        }

        case 7: {
          auto newContext = _tracker.createInstance<IsNullExprContext>(_tracker.createInstance<ExpressionContext>(parentContext, parentState));
          _localctx = newContext;
          newContext->operand = previousContext;
          pushNewRecursionContext(newContext, startState, RuleExpression);
          setState(930);

          if (!(precpred(_ctx, 11))) throw FailedPredicateException(this, "precpred(_ctx, 11)");
          setState(931);
          match(CQLParser::IS);
          setState(932);
          match(CQLParser::NULL_);
          break;
        }

        case 8: {
          auto newContext = _tracker.createInstance<InExprContext>(_tracker.createInstance<ExpressionContext>(parentContext, parentState));
          _localctx = newContext;
          newContext->operand = previousContext;
          pushNewRecursionContext(newContext, startState, RuleExpression);
          setState(933);

          if (!(precpred(_ctx, 3))) throw FailedPredicateException(this, "precpred(_ctx, 3)");
          setState(934);
          match(CQLParser::IN);
          setState(935);
          dynamic_cast<InExprContext *>(_localctx)->table_name = name();
          break;
        }

        } 
      }
      setState(940);
      _errHandler->sync(this);
      alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 110, _ctx);
    }
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }
  return _localctx;
}

//----------------- Function_operationContext ------------------------------------------------------------------

CQLParser::Function_operationContext::Function_operationContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::Function_operationContext::LPAREN() {
  return getToken(CQLParser::LPAREN, 0);
}

tree::TerminalNode* CQLParser::Function_operationContext::RPAREN() {
  return getToken(CQLParser::RPAREN, 0);
}

std::vector<CQLParser::NameContext *> CQLParser::Function_operationContext::name() {
  return getRuleContexts<CQLParser::NameContext>();
}

CQLParser::NameContext* CQLParser::Function_operationContext::name(size_t i) {
  return getRuleContext<CQLParser::NameContext>(i);
}

tree::TerminalNode* CQLParser::Function_operationContext::COL() {
  return getToken(CQLParser::COL, 0);
}

CQLParser::Function_argsContext* CQLParser::Function_operationContext::function_args() {
  return getRuleContext<CQLParser::Function_argsContext>(0);
}


size_t CQLParser::Function_operationContext::getRuleIndex() const {
  return CQLParser::RuleFunction_operation;
}


CQLParser::Function_operationContext* CQLParser::function_operation() {
  Function_operationContext *_localctx = _tracker.createInstance<Function_operationContext>(_ctx, getState());
  enterRule(_localctx, 134, CQLParser::RuleFunction_operation);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(944);
    _errHandler->sync(this);

    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 111, _ctx)) {
    case 1: {
      setState(941);
      dynamic_cast<Function_operationContext *>(_localctx)->ns = name();
      setState(942);
      match(CQLParser::COL);
      break;
    }

    }
    setState(946);
    dynamic_cast<Function_operationContext *>(_localctx)->function_name = name();
    setState(947);
    match(CQLParser::LPAREN);
    setState(949);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << CQLParser::LPAREN)
      | (1ULL << CQLParser::STAR)
      | (1ULL << CQLParser::PLUS)
      | (1ULL << CQLParser::MINUS)
      | (1ULL << CQLParser::BANG)
      | (1ULL << CQLParser::HASH)
      | (1ULL << CQLParser::STREAM)
      | (1ULL << CQLParser::DEFINE)
      | (1ULL << CQLParser::FUNCTION)
      | (1ULL << CQLParser::TRIGGER)
      | (1ULL << CQLParser::TABLE)
      | (1ULL << CQLParser::FROM)
      | (1ULL << CQLParser::PARTITION)
      | (1ULL << CQLParser::WINDOW)
      | (1ULL << CQLParser::SELECT)
      | (1ULL << CQLParser::GROUP)
      | (1ULL << CQLParser::BY)
      | (1ULL << CQLParser::ORDER)
      | (1ULL << CQLParser::LIMIT)
      | (1ULL << CQLParser::OFFSET)
      | (1ULL << CQLParser::ASC)
      | (1ULL << CQLParser::DESC)
      | (1ULL << CQLParser::HAVING)
      | (1ULL << CQLParser::INSERT)
      | (1ULL << CQLParser::DELETE)
      | (1ULL << CQLParser::UPDATE)
      | (1ULL << CQLParser::SET)
      | (1ULL << CQLParser::RETURN)
      | (1ULL << CQLParser::EVENTS)
      | (1ULL << CQLParser::INTO)
      | (1ULL << CQLParser::OUTPUT)
      | (1ULL << CQLParser::EXPIRED)
      | (1ULL << CQLParser::CURRENT)
      | (1ULL << CQLParser::SNAPSHOT)
      | (1ULL << CQLParser::FOR)
      | (1ULL << CQLParser::RAW)
      | (1ULL << CQLParser::OF)
      | (1ULL << CQLParser::AS)
      | (1ULL << CQLParser::AT)
      | (1ULL << CQLParser::OR)
      | (1ULL << CQLParser::AND)
      | (1ULL << CQLParser::IN)
      | (1ULL << CQLParser::ON))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 64)) & ((1ULL << (CQLParser::IS - 64))
      | (1ULL << (CQLParser::NOT - 64))
      | (1ULL << (CQLParser::WITHIN - 64))
      | (1ULL << (CQLParser::WITH - 64))
      | (1ULL << (CQLParser::BEGIN - 64))
      | (1ULL << (CQLParser::END - 64))
      | (1ULL << (CQLParser::NULL_ - 64))
      | (1ULL << (CQLParser::EVERY - 64))
      | (1ULL << (CQLParser::LAST - 64))
      | (1ULL << (CQLParser::ALL - 64))
      | (1ULL << (CQLParser::FIRST - 64))
      | (1ULL << (CQLParser::JOIN - 64))
      | (1ULL << (CQLParser::INNER - 64))
      | (1ULL << (CQLParser::OUTER - 64))
      | (1ULL << (CQLParser::RIGHT - 64))
      | (1ULL << (CQLParser::LEFT - 64))
      | (1ULL << (CQLParser::FULL - 64))
      | (1ULL << (CQLParser::UNIDIRECTIONAL - 64))
      | (1ULL << (CQLParser::AGGREGATION - 64))
      | (1ULL << (CQLParser::AGGREGATE - 64))
      | (1ULL << (CQLParser::PER - 64))
      | (1ULL << (CQLParser::TRUE - 64))
      | (1ULL << (CQLParser::FALSE - 64))
      | (1ULL << (CQLParser::STRING - 64))
      | (1ULL << (CQLParser::INT - 64))
      | (1ULL << (CQLParser::LONG - 64))
      | (1ULL << (CQLParser::FLOAT - 64))
      | (1ULL << (CQLParser::DOUBLE - 64))
      | (1ULL << (CQLParser::BOOL - 64))
      | (1ULL << (CQLParser::OBJECT - 64))
      | (1ULL << (CQLParser::YEARS - 64))
      | (1ULL << (CQLParser::MONTHS - 64))
      | (1ULL << (CQLParser::WEEKS - 64))
      | (1ULL << (CQLParser::DAYS - 64))
      | (1ULL << (CQLParser::HOURS - 64))
      | (1ULL << (CQLParser::MINUTES - 64))
      | (1ULL << (CQLParser::SECONDS - 64))
      | (1ULL << (CQLParser::MILLISECONDS - 64))
      | (1ULL << (CQLParser::INT_LITERAL - 64))
      | (1ULL << (CQLParser::LONG_LITERAL - 64))
      | (1ULL << (CQLParser::FLOAT_LITERAL - 64))
      | (1ULL << (CQLParser::DOUBLE_LITERAL - 64))
      | (1ULL << (CQLParser::STRING_LITERAL - 64))
      | (1ULL << (CQLParser::ID_QUOTES - 64))
      | (1ULL << (CQLParser::ID - 64)))) != 0)) {
      setState(948);
      function_args();
    }
    setState(951);
    match(CQLParser::RPAREN);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Function_argsContext ------------------------------------------------------------------

CQLParser::Function_argsContext::Function_argsContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::Function_argsContext::STAR() {
  return getToken(CQLParser::STAR, 0);
}

std::vector<CQLParser::ExpressionContext *> CQLParser::Function_argsContext::expression() {
  return getRuleContexts<CQLParser::ExpressionContext>();
}

CQLParser::ExpressionContext* CQLParser::Function_argsContext::expression(size_t i) {
  return getRuleContext<CQLParser::ExpressionContext>(i);
}

std::vector<tree::TerminalNode *> CQLParser::Function_argsContext::COMMA() {
  return getTokens(CQLParser::COMMA);
}

tree::TerminalNode* CQLParser::Function_argsContext::COMMA(size_t i) {
  return getToken(CQLParser::COMMA, i);
}


size_t CQLParser::Function_argsContext::getRuleIndex() const {
  return CQLParser::RuleFunction_args;
}


CQLParser::Function_argsContext* CQLParser::function_args() {
  Function_argsContext *_localctx = _tracker.createInstance<Function_argsContext>(_ctx, getState());
  enterRule(_localctx, 136, CQLParser::RuleFunction_args);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(962);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case CQLParser::STAR: {
        enterOuterAlt(_localctx, 1);
        setState(953);
        dynamic_cast<Function_argsContext *>(_localctx)->star = match(CQLParser::STAR);
        break;
      }

      case CQLParser::LPAREN:
      case CQLParser::PLUS:
      case CQLParser::MINUS:
      case CQLParser::BANG:
      case CQLParser::HASH:
      case CQLParser::STREAM:
      case CQLParser::DEFINE:
      case CQLParser::FUNCTION:
      case CQLParser::TRIGGER:
      case CQLParser::TABLE:
      case CQLParser::FROM:
      case CQLParser::PARTITION:
      case CQLParser::WINDOW:
      case CQLParser::SELECT:
      case CQLParser::GROUP:
      case CQLParser::BY:
      case CQLParser::ORDER:
      case CQLParser::LIMIT:
      case CQLParser::OFFSET:
      case CQLParser::ASC:
      case CQLParser::DESC:
      case CQLParser::HAVING:
      case CQLParser::INSERT:
      case CQLParser::DELETE:
      case CQLParser::UPDATE:
      case CQLParser::SET:
      case CQLParser::RETURN:
      case CQLParser::EVENTS:
      case CQLParser::INTO:
      case CQLParser::OUTPUT:
      case CQLParser::EXPIRED:
      case CQLParser::CURRENT:
      case CQLParser::SNAPSHOT:
      case CQLParser::FOR:
      case CQLParser::RAW:
      case CQLParser::OF:
      case CQLParser::AS:
      case CQLParser::AT:
      case CQLParser::OR:
      case CQLParser::AND:
      case CQLParser::IN:
      case CQLParser::ON:
      case CQLParser::IS:
      case CQLParser::NOT:
      case CQLParser::WITHIN:
      case CQLParser::WITH:
      case CQLParser::BEGIN:
      case CQLParser::END:
      case CQLParser::NULL_:
      case CQLParser::EVERY:
      case CQLParser::LAST:
      case CQLParser::ALL:
      case CQLParser::FIRST:
      case CQLParser::JOIN:
      case CQLParser::INNER:
      case CQLParser::OUTER:
      case CQLParser::RIGHT:
      case CQLParser::LEFT:
      case CQLParser::FULL:
      case CQLParser::UNIDIRECTIONAL:
      case CQLParser::AGGREGATION:
      case CQLParser::AGGREGATE:
      case CQLParser::PER:
      case CQLParser::TRUE:
      case CQLParser::FALSE:
      case CQLParser::STRING:
      case CQLParser::INT:
      case CQLParser::LONG:
      case CQLParser::FLOAT:
      case CQLParser::DOUBLE:
      case CQLParser::BOOL:
      case CQLParser::OBJECT:
      case CQLParser::YEARS:
      case CQLParser::MONTHS:
      case CQLParser::WEEKS:
      case CQLParser::DAYS:
      case CQLParser::HOURS:
      case CQLParser::MINUTES:
      case CQLParser::SECONDS:
      case CQLParser::MILLISECONDS:
      case CQLParser::INT_LITERAL:
      case CQLParser::LONG_LITERAL:
      case CQLParser::FLOAT_LITERAL:
      case CQLParser::DOUBLE_LITERAL:
      case CQLParser::STRING_LITERAL:
      case CQLParser::ID_QUOTES:
      case CQLParser::ID: {
        enterOuterAlt(_localctx, 2);
        setState(954);
        expression(0);
        setState(959);
        _errHandler->sync(this);
        _la = _input->LA(1);
        while (_la == CQLParser::COMMA) {
          setState(955);
          match(CQLParser::COMMA);
          setState(956);
          expression(0);
          setState(961);
          _errHandler->sync(this);
          _la = _input->LA(1);
        }
        break;
      }

    default:
      throw NoViableAltException(this);
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Stream_referenceContext ------------------------------------------------------------------

CQLParser::Stream_referenceContext::Stream_referenceContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

CQLParser::NameContext* CQLParser::Stream_referenceContext::name() {
  return getRuleContext<CQLParser::NameContext>(0);
}

tree::TerminalNode* CQLParser::Stream_referenceContext::HASH() {
  return getToken(CQLParser::HASH, 0);
}

tree::TerminalNode* CQLParser::Stream_referenceContext::BANG() {
  return getToken(CQLParser::BANG, 0);
}

tree::TerminalNode* CQLParser::Stream_referenceContext::LBRACK() {
  return getToken(CQLParser::LBRACK, 0);
}

tree::TerminalNode* CQLParser::Stream_referenceContext::RBRACK() {
  return getToken(CQLParser::RBRACK, 0);
}

CQLParser::Attribute_indexContext* CQLParser::Stream_referenceContext::attribute_index() {
  return getRuleContext<CQLParser::Attribute_indexContext>(0);
}


size_t CQLParser::Stream_referenceContext::getRuleIndex() const {
  return CQLParser::RuleStream_reference;
}


CQLParser::Stream_referenceContext* CQLParser::stream_reference() {
  Stream_referenceContext *_localctx = _tracker.createInstance<Stream_referenceContext>(_ctx, getState());
  enterRule(_localctx, 138, CQLParser::RuleStream_reference);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(980);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case CQLParser::BANG:
      case CQLParser::HASH: {
        enterOuterAlt(_localctx, 1);
        setState(966);
        _errHandler->sync(this);
        switch (_input->LA(1)) {
          case CQLParser::HASH: {
            setState(964);
            dynamic_cast<Stream_referenceContext *>(_localctx)->hash = match(CQLParser::HASH);
            break;
          }

          case CQLParser::BANG: {
            setState(965);
            dynamic_cast<Stream_referenceContext *>(_localctx)->fault = match(CQLParser::BANG);
            break;
          }

        default:
          throw NoViableAltException(this);
        }
        setState(968);
        dynamic_cast<Stream_referenceContext *>(_localctx)->stream_name = name();
        setState(973);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == CQLParser::LBRACK) {
          setState(969);
          match(CQLParser::LBRACK);
          setState(970);
          dynamic_cast<Stream_referenceContext *>(_localctx)->stream_index = attribute_index();
          setState(971);
          match(CQLParser::RBRACK);
        }
        break;
      }

      case CQLParser::STREAM:
      case CQLParser::DEFINE:
      case CQLParser::FUNCTION:
      case CQLParser::TRIGGER:
      case CQLParser::TABLE:
      case CQLParser::FROM:
      case CQLParser::PARTITION:
      case CQLParser::WINDOW:
      case CQLParser::SELECT:
      case CQLParser::GROUP:
      case CQLParser::BY:
      case CQLParser::ORDER:
      case CQLParser::LIMIT:
      case CQLParser::OFFSET:
      case CQLParser::ASC:
      case CQLParser::DESC:
      case CQLParser::HAVING:
      case CQLParser::INSERT:
      case CQLParser::DELETE:
      case CQLParser::UPDATE:
      case CQLParser::SET:
      case CQLParser::RETURN:
      case CQLParser::EVENTS:
      case CQLParser::INTO:
      case CQLParser::OUTPUT:
      case CQLParser::EXPIRED:
      case CQLParser::CURRENT:
      case CQLParser::SNAPSHOT:
      case CQLParser::FOR:
      case CQLParser::RAW:
      case CQLParser::OF:
      case CQLParser::AS:
      case CQLParser::AT:
      case CQLParser::OR:
      case CQLParser::AND:
      case CQLParser::IN:
      case CQLParser::ON:
      case CQLParser::IS:
      case CQLParser::WITHIN:
      case CQLParser::WITH:
      case CQLParser::BEGIN:
      case CQLParser::END:
      case CQLParser::EVERY:
      case CQLParser::LAST:
      case CQLParser::ALL:
      case CQLParser::FIRST:
      case CQLParser::JOIN:
      case CQLParser::INNER:
      case CQLParser::OUTER:
      case CQLParser::RIGHT:
      case CQLParser::LEFT:
      case CQLParser::FULL:
      case CQLParser::UNIDIRECTIONAL:
      case CQLParser::AGGREGATION:
      case CQLParser::AGGREGATE:
      case CQLParser::PER:
      case CQLParser::STRING:
      case CQLParser::INT:
      case CQLParser::LONG:
      case CQLParser::FLOAT:
      case CQLParser::DOUBLE:
      case CQLParser::BOOL:
      case CQLParser::OBJECT:
      case CQLParser::YEARS:
      case CQLParser::MONTHS:
      case CQLParser::WEEKS:
      case CQLParser::DAYS:
      case CQLParser::HOURS:
      case CQLParser::MINUTES:
      case CQLParser::SECONDS:
      case CQLParser::MILLISECONDS:
      case CQLParser::ID_QUOTES:
      case CQLParser::ID: {
        enterOuterAlt(_localctx, 2);
        setState(975);
        dynamic_cast<Stream_referenceContext *>(_localctx)->stream_name = name();
        setState(976);
        match(CQLParser::LBRACK);
        setState(977);
        dynamic_cast<Stream_referenceContext *>(_localctx)->stream_index = attribute_index();
        setState(978);
        match(CQLParser::RBRACK);
        break;
      }

    default:
      throw NoViableAltException(this);
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Attribute_referenceContext ------------------------------------------------------------------

CQLParser::Attribute_referenceContext::Attribute_referenceContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::Attribute_referenceContext::DOT() {
  return getToken(CQLParser::DOT, 0);
}

std::vector<CQLParser::NameContext *> CQLParser::Attribute_referenceContext::name() {
  return getRuleContexts<CQLParser::NameContext>();
}

CQLParser::NameContext* CQLParser::Attribute_referenceContext::name(size_t i) {
  return getRuleContext<CQLParser::NameContext>(i);
}

std::vector<tree::TerminalNode *> CQLParser::Attribute_referenceContext::LBRACK() {
  return getTokens(CQLParser::LBRACK);
}

tree::TerminalNode* CQLParser::Attribute_referenceContext::LBRACK(size_t i) {
  return getToken(CQLParser::LBRACK, i);
}

std::vector<tree::TerminalNode *> CQLParser::Attribute_referenceContext::RBRACK() {
  return getTokens(CQLParser::RBRACK);
}

tree::TerminalNode* CQLParser::Attribute_referenceContext::RBRACK(size_t i) {
  return getToken(CQLParser::RBRACK, i);
}

std::vector<tree::TerminalNode *> CQLParser::Attribute_referenceContext::HASH() {
  return getTokens(CQLParser::HASH);
}

tree::TerminalNode* CQLParser::Attribute_referenceContext::HASH(size_t i) {
  return getToken(CQLParser::HASH, i);
}

tree::TerminalNode* CQLParser::Attribute_referenceContext::BANG() {
  return getToken(CQLParser::BANG, 0);
}

std::vector<CQLParser::Attribute_indexContext *> CQLParser::Attribute_referenceContext::attribute_index() {
  return getRuleContexts<CQLParser::Attribute_indexContext>();
}

CQLParser::Attribute_indexContext* CQLParser::Attribute_referenceContext::attribute_index(size_t i) {
  return getRuleContext<CQLParser::Attribute_indexContext>(i);
}


size_t CQLParser::Attribute_referenceContext::getRuleIndex() const {
  return CQLParser::RuleAttribute_reference;
}


CQLParser::Attribute_referenceContext* CQLParser::attribute_reference() {
  Attribute_referenceContext *_localctx = _tracker.createInstance<Attribute_referenceContext>(_ctx, getState());
  enterRule(_localctx, 140, CQLParser::RuleAttribute_reference);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(1007);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 122, _ctx)) {
    case 1: {
      enterOuterAlt(_localctx, 1);
      setState(984);
      _errHandler->sync(this);
      switch (_input->LA(1)) {
        case CQLParser::HASH: {
          setState(982);
          dynamic_cast<Attribute_referenceContext *>(_localctx)->hash = match(CQLParser::HASH);
          break;
        }

        case CQLParser::BANG: {
          setState(983);
          dynamic_cast<Attribute_referenceContext *>(_localctx)->fault = match(CQLParser::BANG);
          break;
        }

        case CQLParser::STREAM:
        case CQLParser::DEFINE:
        case CQLParser::FUNCTION:
        case CQLParser::TRIGGER:
        case CQLParser::TABLE:
        case CQLParser::FROM:
        case CQLParser::PARTITION:
        case CQLParser::WINDOW:
        case CQLParser::SELECT:
        case CQLParser::GROUP:
        case CQLParser::BY:
        case CQLParser::ORDER:
        case CQLParser::LIMIT:
        case CQLParser::OFFSET:
        case CQLParser::ASC:
        case CQLParser::DESC:
        case CQLParser::HAVING:
        case CQLParser::INSERT:
        case CQLParser::DELETE:
        case CQLParser::UPDATE:
        case CQLParser::SET:
        case CQLParser::RETURN:
        case CQLParser::EVENTS:
        case CQLParser::INTO:
        case CQLParser::OUTPUT:
        case CQLParser::EXPIRED:
        case CQLParser::CURRENT:
        case CQLParser::SNAPSHOT:
        case CQLParser::FOR:
        case CQLParser::RAW:
        case CQLParser::OF:
        case CQLParser::AS:
        case CQLParser::AT:
        case CQLParser::OR:
        case CQLParser::AND:
        case CQLParser::IN:
        case CQLParser::ON:
        case CQLParser::IS:
        case CQLParser::WITHIN:
        case CQLParser::WITH:
        case CQLParser::BEGIN:
        case CQLParser::END:
        case CQLParser::EVERY:
        case CQLParser::LAST:
        case CQLParser::ALL:
        case CQLParser::FIRST:
        case CQLParser::JOIN:
        case CQLParser::INNER:
        case CQLParser::OUTER:
        case CQLParser::RIGHT:
        case CQLParser::LEFT:
        case CQLParser::FULL:
        case CQLParser::UNIDIRECTIONAL:
        case CQLParser::AGGREGATION:
        case CQLParser::AGGREGATE:
        case CQLParser::PER:
        case CQLParser::STRING:
        case CQLParser::INT:
        case CQLParser::LONG:
        case CQLParser::FLOAT:
        case CQLParser::DOUBLE:
        case CQLParser::BOOL:
        case CQLParser::OBJECT:
        case CQLParser::YEARS:
        case CQLParser::MONTHS:
        case CQLParser::WEEKS:
        case CQLParser::DAYS:
        case CQLParser::HOURS:
        case CQLParser::MINUTES:
        case CQLParser::SECONDS:
        case CQLParser::MILLISECONDS:
        case CQLParser::ID_QUOTES:
        case CQLParser::ID: {
          break;
        }

      default:
        break;
      }
      setState(986);
      dynamic_cast<Attribute_referenceContext *>(_localctx)->stream_name = name();
      setState(991);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == CQLParser::LBRACK) {
        setState(987);
        match(CQLParser::LBRACK);
        setState(988);
        dynamic_cast<Attribute_referenceContext *>(_localctx)->stream_index = attribute_index();
        setState(989);
        match(CQLParser::RBRACK);
      }
      setState(1001);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == CQLParser::HASH) {
        setState(993);
        dynamic_cast<Attribute_referenceContext *>(_localctx)->fn_hash = match(CQLParser::HASH);
        setState(994);
        dynamic_cast<Attribute_referenceContext *>(_localctx)->function_id = name();
        setState(999);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == CQLParser::LBRACK) {
          setState(995);
          match(CQLParser::LBRACK);
          setState(996);
          dynamic_cast<Attribute_referenceContext *>(_localctx)->function_index = attribute_index();
          setState(997);
          match(CQLParser::RBRACK);
        }
      }
      setState(1003);
      match(CQLParser::DOT);
      setState(1004);
      dynamic_cast<Attribute_referenceContext *>(_localctx)->attribute_name = name();
      break;
    }

    case 2: {
      enterOuterAlt(_localctx, 2);
      setState(1006);
      dynamic_cast<Attribute_referenceContext *>(_localctx)->attribute_name = name();
      break;
    }

    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Attribute_indexContext ------------------------------------------------------------------

CQLParser::Attribute_indexContext::Attribute_indexContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}


size_t CQLParser::Attribute_indexContext::getRuleIndex() const {
  return CQLParser::RuleAttribute_index;
}

void CQLParser::Attribute_indexContext::copyFrom(Attribute_indexContext *ctx) {
  ParserRuleContext::copyFrom(ctx);
}

//----------------- NumericIndexContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::NumericIndexContext::INT_LITERAL() {
  return getToken(CQLParser::INT_LITERAL, 0);
}

CQLParser::NumericIndexContext::NumericIndexContext(Attribute_indexContext *ctx) { copyFrom(ctx); }


//----------------- LastIndexContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::LastIndexContext::LAST() {
  return getToken(CQLParser::LAST, 0);
}

tree::TerminalNode* CQLParser::LastIndexContext::MINUS() {
  return getToken(CQLParser::MINUS, 0);
}

tree::TerminalNode* CQLParser::LastIndexContext::INT_LITERAL() {
  return getToken(CQLParser::INT_LITERAL, 0);
}

CQLParser::LastIndexContext::LastIndexContext(Attribute_indexContext *ctx) { copyFrom(ctx); }


CQLParser::Attribute_indexContext* CQLParser::attribute_index() {
  Attribute_indexContext *_localctx = _tracker.createInstance<Attribute_indexContext>(_ctx, getState());
  enterRule(_localctx, 142, CQLParser::RuleAttribute_index);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(1015);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case CQLParser::INT_LITERAL: {
        _localctx = dynamic_cast<Attribute_indexContext *>(_tracker.createInstance<CQLParser::NumericIndexContext>(_localctx));
        enterOuterAlt(_localctx, 1);
        setState(1009);
        dynamic_cast<NumericIndexContext *>(_localctx)->index = match(CQLParser::INT_LITERAL);
        break;
      }

      case CQLParser::LAST: {
        _localctx = dynamic_cast<Attribute_indexContext *>(_tracker.createInstance<CQLParser::LastIndexContext>(_localctx));
        enterOuterAlt(_localctx, 2);
        setState(1010);
        match(CQLParser::LAST);
        setState(1013);
        _errHandler->sync(this);

        _la = _input->LA(1);
        if (_la == CQLParser::MINUS) {
          setState(1011);
          match(CQLParser::MINUS);
          setState(1012);
          dynamic_cast<LastIndexContext *>(_localctx)->last_offset = match(CQLParser::INT_LITERAL);
        }
        break;
      }

    default:
      throw NoViableAltException(this);
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ConstantContext ------------------------------------------------------------------

CQLParser::ConstantContext::ConstantContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}


size_t CQLParser::ConstantContext::getRuleIndex() const {
  return CQLParser::RuleConstant;
}

void CQLParser::ConstantContext::copyFrom(ConstantContext *ctx) {
  ParserRuleContext::copyFrom(ctx);
}

//----------------- LongConstantContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::LongConstantContext::LONG_LITERAL() {
  return getToken(CQLParser::LONG_LITERAL, 0);
}

CQLParser::LongConstantContext::LongConstantContext(ConstantContext *ctx) { copyFrom(ctx); }


//----------------- DoubleConstantContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::DoubleConstantContext::DOUBLE_LITERAL() {
  return getToken(CQLParser::DOUBLE_LITERAL, 0);
}

CQLParser::DoubleConstantContext::DoubleConstantContext(ConstantContext *ctx) { copyFrom(ctx); }


//----------------- BoolConstantContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::BoolConstantContext::TRUE() {
  return getToken(CQLParser::TRUE, 0);
}

tree::TerminalNode* CQLParser::BoolConstantContext::FALSE() {
  return getToken(CQLParser::FALSE, 0);
}

CQLParser::BoolConstantContext::BoolConstantContext(ConstantContext *ctx) { copyFrom(ctx); }


//----------------- FloatConstantContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::FloatConstantContext::FLOAT_LITERAL() {
  return getToken(CQLParser::FLOAT_LITERAL, 0);
}

CQLParser::FloatConstantContext::FloatConstantContext(ConstantContext *ctx) { copyFrom(ctx); }


//----------------- IntConstantContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::IntConstantContext::INT_LITERAL() {
  return getToken(CQLParser::INT_LITERAL, 0);
}

CQLParser::IntConstantContext::IntConstantContext(ConstantContext *ctx) { copyFrom(ctx); }


//----------------- NullConstantContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::NullConstantContext::NULL_() {
  return getToken(CQLParser::NULL_, 0);
}

CQLParser::NullConstantContext::NullConstantContext(ConstantContext *ctx) { copyFrom(ctx); }


//----------------- StringConstantContext ------------------------------------------------------------------

tree::TerminalNode* CQLParser::StringConstantContext::STRING_LITERAL() {
  return getToken(CQLParser::STRING_LITERAL, 0);
}

CQLParser::StringConstantContext::StringConstantContext(ConstantContext *ctx) { copyFrom(ctx); }


//----------------- TimeConstantContext ------------------------------------------------------------------

CQLParser::Time_valueContext* CQLParser::TimeConstantContext::time_value() {
  return getRuleContext<CQLParser::Time_valueContext>(0);
}

CQLParser::TimeConstantContext::TimeConstantContext(ConstantContext *ctx) { copyFrom(ctx); }


CQLParser::ConstantContext* CQLParser::constant() {
  ConstantContext *_localctx = _tracker.createInstance<ConstantContext>(_ctx, getState());
  enterRule(_localctx, 144, CQLParser::RuleConstant);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(1025);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 125, _ctx)) {
    case 1: {
      _localctx = dynamic_cast<ConstantContext *>(_tracker.createInstance<CQLParser::TimeConstantContext>(_localctx));
      enterOuterAlt(_localctx, 1);
      setState(1017);
      time_value();
      break;
    }

    case 2: {
      _localctx = dynamic_cast<ConstantContext *>(_tracker.createInstance<CQLParser::IntConstantContext>(_localctx));
      enterOuterAlt(_localctx, 2);
      setState(1018);
      match(CQLParser::INT_LITERAL);
      break;
    }

    case 3: {
      _localctx = dynamic_cast<ConstantContext *>(_tracker.createInstance<CQLParser::LongConstantContext>(_localctx));
      enterOuterAlt(_localctx, 3);
      setState(1019);
      match(CQLParser::LONG_LITERAL);
      break;
    }

    case 4: {
      _localctx = dynamic_cast<ConstantContext *>(_tracker.createInstance<CQLParser::FloatConstantContext>(_localctx));
      enterOuterAlt(_localctx, 4);
      setState(1020);
      match(CQLParser::FLOAT_LITERAL);
      break;
    }

    case 5: {
      _localctx = dynamic_cast<ConstantContext *>(_tracker.createInstance<CQLParser::DoubleConstantContext>(_localctx));
      enterOuterAlt(_localctx, 5);
      setState(1021);
      match(CQLParser::DOUBLE_LITERAL);
      break;
    }

    case 6: {
      _localctx = dynamic_cast<ConstantContext *>(_tracker.createInstance<CQLParser::BoolConstantContext>(_localctx));
      enterOuterAlt(_localctx, 6);
      setState(1022);
      _la = _input->LA(1);
      if (!(_la == CQLParser::TRUE

      || _la == CQLParser::FALSE)) {
      _errHandler->recoverInline(this);
      }
      else {
        _errHandler->reportMatch(this);
        consume();
      }
      break;
    }

    case 7: {
      _localctx = dynamic_cast<ConstantContext *>(_tracker.createInstance<CQLParser::StringConstantContext>(_localctx));
      enterOuterAlt(_localctx, 7);
      setState(1023);
      match(CQLParser::STRING_LITERAL);
      break;
    }

    case 8: {
      _localctx = dynamic_cast<ConstantContext *>(_tracker.createInstance<CQLParser::NullConstantContext>(_localctx));
      enterOuterAlt(_localctx, 8);
      setState(1024);
      match(CQLParser::NULL_);
      break;
    }

    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Time_valueContext ------------------------------------------------------------------

CQLParser::Time_valueContext::Time_valueContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

std::vector<CQLParser::Time_value_partContext *> CQLParser::Time_valueContext::time_value_part() {
  return getRuleContexts<CQLParser::Time_value_partContext>();
}

CQLParser::Time_value_partContext* CQLParser::Time_valueContext::time_value_part(size_t i) {
  return getRuleContext<CQLParser::Time_value_partContext>(i);
}


size_t CQLParser::Time_valueContext::getRuleIndex() const {
  return CQLParser::RuleTime_value;
}


CQLParser::Time_valueContext* CQLParser::time_value() {
  Time_valueContext *_localctx = _tracker.createInstance<Time_valueContext>(_ctx, getState());
  enterRule(_localctx, 146, CQLParser::RuleTime_value);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    size_t alt;
    enterOuterAlt(_localctx, 1);
    setState(1028); 
    _errHandler->sync(this);
    alt = 1;
    do {
      switch (alt) {
        case 1: {
              setState(1027);
              time_value_part();
              break;
            }

      default:
        throw NoViableAltException(this);
      }
      setState(1030); 
      _errHandler->sync(this);
      alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 126, _ctx);
    } while (alt != 2 && alt != atn::ATN::INVALID_ALT_NUMBER);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Time_value_partContext ------------------------------------------------------------------

CQLParser::Time_value_partContext::Time_value_partContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

CQLParser::Time_unitContext* CQLParser::Time_value_partContext::time_unit() {
  return getRuleContext<CQLParser::Time_unitContext>(0);
}

tree::TerminalNode* CQLParser::Time_value_partContext::INT_LITERAL() {
  return getToken(CQLParser::INT_LITERAL, 0);
}


size_t CQLParser::Time_value_partContext::getRuleIndex() const {
  return CQLParser::RuleTime_value_part;
}


CQLParser::Time_value_partContext* CQLParser::time_value_part() {
  Time_value_partContext *_localctx = _tracker.createInstance<Time_value_partContext>(_ctx, getState());
  enterRule(_localctx, 148, CQLParser::RuleTime_value_part);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(1032);
    dynamic_cast<Time_value_partContext *>(_localctx)->amount = match(CQLParser::INT_LITERAL);
    setState(1033);
    time_unit();
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- Time_unitContext ------------------------------------------------------------------

CQLParser::Time_unitContext::Time_unitContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::Time_unitContext::YEARS() {
  return getToken(CQLParser::YEARS, 0);
}

tree::TerminalNode* CQLParser::Time_unitContext::MONTHS() {
  return getToken(CQLParser::MONTHS, 0);
}

tree::TerminalNode* CQLParser::Time_unitContext::WEEKS() {
  return getToken(CQLParser::WEEKS, 0);
}

tree::TerminalNode* CQLParser::Time_unitContext::DAYS() {
  return getToken(CQLParser::DAYS, 0);
}

tree::TerminalNode* CQLParser::Time_unitContext::HOURS() {
  return getToken(CQLParser::HOURS, 0);
}

tree::TerminalNode* CQLParser::Time_unitContext::MINUTES() {
  return getToken(CQLParser::MINUTES, 0);
}

tree::TerminalNode* CQLParser::Time_unitContext::SECONDS() {
  return getToken(CQLParser::SECONDS, 0);
}

tree::TerminalNode* CQLParser::Time_unitContext::MILLISECONDS() {
  return getToken(CQLParser::MILLISECONDS, 0);
}


size_t CQLParser::Time_unitContext::getRuleIndex() const {
  return CQLParser::RuleTime_unit;
}


CQLParser::Time_unitContext* CQLParser::time_unit() {
  Time_unitContext *_localctx = _tracker.createInstance<Time_unitContext>(_ctx, getState());
  enterRule(_localctx, 150, CQLParser::RuleTime_unit);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(1035);
    _la = _input->LA(1);
    if (!(((((_la - 94) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 94)) & ((1ULL << (CQLParser::YEARS - 94))
      | (1ULL << (CQLParser::MONTHS - 94))
      | (1ULL << (CQLParser::WEEKS - 94))
      | (1ULL << (CQLParser::DAYS - 94))
      | (1ULL << (CQLParser::HOURS - 94))
      | (1ULL << (CQLParser::MINUTES - 94))
      | (1ULL << (CQLParser::SECONDS - 94))
      | (1ULL << (CQLParser::MILLISECONDS - 94)))) != 0))) {
    _errHandler->recoverInline(this);
    }
    else {
      _errHandler->reportMatch(this);
      consume();
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- NameContext ------------------------------------------------------------------

CQLParser::NameContext::NameContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

CQLParser::IdContext* CQLParser::NameContext::id() {
  return getRuleContext<CQLParser::IdContext>(0);
}

CQLParser::KeywordContext* CQLParser::NameContext::keyword() {
  return getRuleContext<CQLParser::KeywordContext>(0);
}


size_t CQLParser::NameContext::getRuleIndex() const {
  return CQLParser::RuleName;
}


CQLParser::NameContext* CQLParser::name() {
  NameContext *_localctx = _tracker.createInstance<NameContext>(_ctx, getState());
  enterRule(_localctx, 152, CQLParser::RuleName);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(1039);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case CQLParser::ID_QUOTES:
      case CQLParser::ID: {
        enterOuterAlt(_localctx, 1);
        setState(1037);
        id();
        break;
      }

      case CQLParser::STREAM:
      case CQLParser::DEFINE:
      case CQLParser::FUNCTION:
      case CQLParser::TRIGGER:
      case CQLParser::TABLE:
      case CQLParser::FROM:
      case CQLParser::PARTITION:
      case CQLParser::WINDOW:
      case CQLParser::SELECT:
      case CQLParser::GROUP:
      case CQLParser::BY:
      case CQLParser::ORDER:
      case CQLParser::LIMIT:
      case CQLParser::OFFSET:
      case CQLParser::ASC:
      case CQLParser::DESC:
      case CQLParser::HAVING:
      case CQLParser::INSERT:
      case CQLParser::DELETE:
      case CQLParser::UPDATE:
      case CQLParser::SET:
      case CQLParser::RETURN:
      case CQLParser::EVENTS:
      case CQLParser::INTO:
      case CQLParser::OUTPUT:
      case CQLParser::EXPIRED:
      case CQLParser::CURRENT:
      case CQLParser::SNAPSHOT:
      case CQLParser::FOR:
      case CQLParser::RAW:
      case CQLParser::OF:
      case CQLParser::AS:
      case CQLParser::AT:
      case CQLParser::OR:
      case CQLParser::AND:
      case CQLParser::IN:
      case CQLParser::ON:
      case CQLParser::IS:
      case CQLParser::WITHIN:
      case CQLParser::WITH:
      case CQLParser::BEGIN:
      case CQLParser::END:
      case CQLParser::EVERY:
      case CQLParser::LAST:
      case CQLParser::ALL:
      case CQLParser::FIRST:
      case CQLParser::JOIN:
      case CQLParser::INNER:
      case CQLParser::OUTER:
      case CQLParser::RIGHT:
      case CQLParser::LEFT:
      case CQLParser::FULL:
      case CQLParser::UNIDIRECTIONAL:
      case CQLParser::AGGREGATION:
      case CQLParser::AGGREGATE:
      case CQLParser::PER:
      case CQLParser::STRING:
      case CQLParser::INT:
      case CQLParser::LONG:
      case CQLParser::FLOAT:
      case CQLParser::DOUBLE:
      case CQLParser::BOOL:
      case CQLParser::OBJECT:
      case CQLParser::YEARS:
      case CQLParser::MONTHS:
      case CQLParser::WEEKS:
      case CQLParser::DAYS:
      case CQLParser::HOURS:
      case CQLParser::MINUTES:
      case CQLParser::SECONDS:
      case CQLParser::MILLISECONDS: {
        enterOuterAlt(_localctx, 2);
        setState(1038);
        keyword();
        break;
      }

    default:
      throw NoViableAltException(this);
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- IdContext ------------------------------------------------------------------

CQLParser::IdContext::IdContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::IdContext::ID() {
  return getToken(CQLParser::ID, 0);
}

tree::TerminalNode* CQLParser::IdContext::ID_QUOTES() {
  return getToken(CQLParser::ID_QUOTES, 0);
}


size_t CQLParser::IdContext::getRuleIndex() const {
  return CQLParser::RuleId;
}


CQLParser::IdContext* CQLParser::id() {
  IdContext *_localctx = _tracker.createInstance<IdContext>(_ctx, getState());
  enterRule(_localctx, 154, CQLParser::RuleId);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(1041);
    _la = _input->LA(1);
    if (!(_la == CQLParser::ID_QUOTES

    || _la == CQLParser::ID)) {
    _errHandler->recoverInline(this);
    }
    else {
      _errHandler->reportMatch(this);
      consume();
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- KeywordContext ------------------------------------------------------------------

CQLParser::KeywordContext::KeywordContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* CQLParser::KeywordContext::STREAM() {
  return getToken(CQLParser::STREAM, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::DEFINE() {
  return getToken(CQLParser::DEFINE, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::FUNCTION() {
  return getToken(CQLParser::FUNCTION, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::TRIGGER() {
  return getToken(CQLParser::TRIGGER, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::TABLE() {
  return getToken(CQLParser::TABLE, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::FROM() {
  return getToken(CQLParser::FROM, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::PARTITION() {
  return getToken(CQLParser::PARTITION, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::WINDOW() {
  return getToken(CQLParser::WINDOW, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::SELECT() {
  return getToken(CQLParser::SELECT, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::GROUP() {
  return getToken(CQLParser::GROUP, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::BY() {
  return getToken(CQLParser::BY, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::ORDER() {
  return getToken(CQLParser::ORDER, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::LIMIT() {
  return getToken(CQLParser::LIMIT, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::OFFSET() {
  return getToken(CQLParser::OFFSET, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::ASC() {
  return getToken(CQLParser::ASC, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::DESC() {
  return getToken(CQLParser::DESC, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::HAVING() {
  return getToken(CQLParser::HAVING, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::INSERT() {
  return getToken(CQLParser::INSERT, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::DELETE() {
  return getToken(CQLParser::DELETE, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::UPDATE() {
  return getToken(CQLParser::UPDATE, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::SET() {
  return getToken(CQLParser::SET, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::RETURN() {
  return getToken(CQLParser::RETURN, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::EVENTS() {
  return getToken(CQLParser::EVENTS, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::INTO() {
  return getToken(CQLParser::INTO, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::OUTPUT() {
  return getToken(CQLParser::OUTPUT, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::EXPIRED() {
  return getToken(CQLParser::EXPIRED, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::CURRENT() {
  return getToken(CQLParser::CURRENT, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::SNAPSHOT() {
  return getToken(CQLParser::SNAPSHOT, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::FOR() {
  return getToken(CQLParser::FOR, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::RAW() {
  return getToken(CQLParser::RAW, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::OF() {
  return getToken(CQLParser::OF, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::AS() {
  return getToken(CQLParser::AS, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::AT() {
  return getToken(CQLParser::AT, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::OR() {
  return getToken(CQLParser::OR, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::AND() {
  return getToken(CQLParser::AND, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::IN() {
  return getToken(CQLParser::IN, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::ON() {
  return getToken(CQLParser::ON, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::IS() {
  return getToken(CQLParser::IS, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::WITHIN() {
  return getToken(CQLParser::WITHIN, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::WITH() {
  return getToken(CQLParser::WITH, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::BEGIN() {
  return getToken(CQLParser::BEGIN, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::END() {
  return getToken(CQLParser::END, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::EVERY() {
  return getToken(CQLParser::EVERY, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::LAST() {
  return getToken(CQLParser::LAST, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::ALL() {
  return getToken(CQLParser::ALL, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::FIRST() {
  return getToken(CQLParser::FIRST, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::JOIN() {
  return getToken(CQLParser::JOIN, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::INNER() {
  return getToken(CQLParser::INNER, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::OUTER() {
  return getToken(CQLParser::OUTER, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::RIGHT() {
  return getToken(CQLParser::RIGHT, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::LEFT() {
  return getToken(CQLParser::LEFT, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::FULL() {
  return getToken(CQLParser::FULL, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::UNIDIRECTIONAL() {
  return getToken(CQLParser::UNIDIRECTIONAL, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::YEARS() {
  return getToken(CQLParser::YEARS, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::MONTHS() {
  return getToken(CQLParser::MONTHS, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::WEEKS() {
  return getToken(CQLParser::WEEKS, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::DAYS() {
  return getToken(CQLParser::DAYS, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::HOURS() {
  return getToken(CQLParser::HOURS, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::MINUTES() {
  return getToken(CQLParser::MINUTES, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::SECONDS() {
  return getToken(CQLParser::SECONDS, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::MILLISECONDS() {
  return getToken(CQLParser::MILLISECONDS, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::STRING() {
  return getToken(CQLParser::STRING, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::INT() {
  return getToken(CQLParser::INT, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::LONG() {
  return getToken(CQLParser::LONG, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::FLOAT() {
  return getToken(CQLParser::FLOAT, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::DOUBLE() {
  return getToken(CQLParser::DOUBLE, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::BOOL() {
  return getToken(CQLParser::BOOL, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::OBJECT() {
  return getToken(CQLParser::OBJECT, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::AGGREGATION() {
  return getToken(CQLParser::AGGREGATION, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::AGGREGATE() {
  return getToken(CQLParser::AGGREGATE, 0);
}

tree::TerminalNode* CQLParser::KeywordContext::PER() {
  return getToken(CQLParser::PER, 0);
}


size_t CQLParser::KeywordContext::getRuleIndex() const {
  return CQLParser::RuleKeyword;
}


CQLParser::KeywordContext* CQLParser::keyword() {
  KeywordContext *_localctx = _tracker.createInstance<KeywordContext>(_ctx, getState());
  enterRule(_localctx, 156, CQLParser::RuleKeyword);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(1043);
    _la = _input->LA(1);
    if (!((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << CQLParser::STREAM)
      | (1ULL << CQLParser::DEFINE)
      | (1ULL << CQLParser::FUNCTION)
      | (1ULL << CQLParser::TRIGGER)
      | (1ULL << CQLParser::TABLE)
      | (1ULL << CQLParser::FROM)
      | (1ULL << CQLParser::PARTITION)
      | (1ULL << CQLParser::WINDOW)
      | (1ULL << CQLParser::SELECT)
      | (1ULL << CQLParser::GROUP)
      | (1ULL << CQLParser::BY)
      | (1ULL << CQLParser::ORDER)
      | (1ULL << CQLParser::LIMIT)
      | (1ULL << CQLParser::OFFSET)
      | (1ULL << CQLParser::ASC)
      | (1ULL << CQLParser::DESC)
      | (1ULL << CQLParser::HAVING)
      | (1ULL << CQLParser::INSERT)
      | (1ULL << CQLParser::DELETE)
      | (1ULL << CQLParser::UPDATE)
      | (1ULL << CQLParser::SET)
      | (1ULL << CQLParser::RETURN)
      | (1ULL << CQLParser::EVENTS)
      | (1ULL << CQLParser::INTO)
      | (1ULL << CQLParser::OUTPUT)
      | (1ULL << CQLParser::EXPIRED)
      | (1ULL << CQLParser::CURRENT)
      | (1ULL << CQLParser::SNAPSHOT)
      | (1ULL << CQLParser::FOR)
      | (1ULL << CQLParser::RAW)
      | (1ULL << CQLParser::OF)
      | (1ULL << CQLParser::AS)
      | (1ULL << CQLParser::AT)
      | (1ULL << CQLParser::OR)
      | (1ULL << CQLParser::AND)
      | (1ULL << CQLParser::IN)
      | (1ULL << CQLParser::ON))) != 0) || ((((_la - 64) & ~ 0x3fULL) == 0) &&
      ((1ULL << (_la - 64)) & ((1ULL << (CQLParser::IS - 64))
      | (1ULL << (CQLParser::WITHIN - 64))
      | (1ULL << (CQLParser::WITH - 64))
      | (1ULL << (CQLParser::BEGIN - 64))
      | (1ULL << (CQLParser::END - 64))
      | (1ULL << (CQLParser::EVERY - 64))
      | (1ULL << (CQLParser::LAST - 64))
      | (1ULL << (CQLParser::ALL - 64))
      | (1ULL << (CQLParser::FIRST - 64))
      | (1ULL << (CQLParser::JOIN - 64))
      | (1ULL << (CQLParser::INNER - 64))
      | (1ULL << (CQLParser::OUTER - 64))
      | (1ULL << (CQLParser::RIGHT - 64))
      | (1ULL << (CQLParser::LEFT - 64))
      | (1ULL << (CQLParser::FULL - 64))
      | (1ULL << (CQLParser::UNIDIRECTIONAL - 64))
      | (1ULL << (CQLParser::AGGREGATION - 64))
      | (1ULL << (CQLParser::AGGREGATE - 64))
      | (1ULL << (CQLParser::PER - 64))
      | (1ULL << (CQLParser::STRING - 64))
      | (1ULL << (CQLParser::INT - 64))
      | (1ULL << (CQLParser::LONG - 64))
      | (1ULL << (CQLParser::FLOAT - 64))
      | (1ULL << (CQLParser::DOUBLE - 64))
      | (1ULL << (CQLParser::BOOL - 64))
      | (1ULL << (CQLParser::OBJECT - 64))
      | (1ULL << (CQLParser::YEARS - 64))
      | (1ULL << (CQLParser::MONTHS - 64))
      | (1ULL << (CQLParser::WEEKS - 64))
      | (1ULL << (CQLParser::DAYS - 64))
      | (1ULL << (CQLParser::HOURS - 64))
      | (1ULL << (CQLParser::MINUTES - 64))
      | (1ULL << (CQLParser::SECONDS - 64))
      | (1ULL << (CQLParser::MILLISECONDS - 64)))) != 0))) {
    _errHandler->recoverInline(this);
    }
    else {
      _errHandler->reportMatch(this);
      consume();
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

bool CQLParser::sempred(RuleContext *context, size_t ruleIndex, size_t predicateIndex) {
  switch (ruleIndex) {
    case 66: return expressionSempred(dynamic_cast<ExpressionContext *>(context), predicateIndex);

  default:
    break;
  }
  return true;
}

bool CQLParser::expressionSempred(ExpressionContext *_localctx, size_t predicateIndex) {
  switch (predicateIndex) {
    case 0: return precpred(_ctx, 7);
    case 1: return precpred(_ctx, 6);
    case 2: return precpred(_ctx, 5);
    case 3: return precpred(_ctx, 4);
    case 4: return precpred(_ctx, 2);
    case 5: return precpred(_ctx, 1);
    case 6: return precpred(_ctx, 11);
    case 7: return precpred(_ctx, 3);

  default:
    break;
  }
  return true;
}

// Static vars and initialization.
std::vector<dfa::DFA> CQLParser::_decisionToDFA;
atn::PredictionContextCache CQLParser::_sharedContextCache;

// We own the ATN which in turn owns the ATN states.
atn::ATN CQLParser::_atn;
std::vector<uint16_t> CQLParser::_serializedATN;

std::vector<std::string> CQLParser::_ruleNames = {
  "siddhi_app", "store_query_final", "expression_final", "app_element", 
  "app_annotation", "annotation", "annotation_element", "property_name", 
  "property_separator", "definition_stream", "definition_table", "definition_window", 
  "attribute_definitions", "attribute_definition", "attribute_type", "definition_trigger", 
  "definition_function", "definition_aggregation", "aggregation_selection", 
  "aggregation_time", "partition", "partition_with_stream", "condition_range", 
  "query", "query_input", "standard_stream", "stream_handlers", "stream_handler", 
  "filter", "stream_function", "window", "source", "join_stream", "join_source", 
  "join_type", "pattern_stream", "pattern_chain", "pattern_element", "pattern_source", 
  "logical_operand", "stateful_source", "basic_source", "collect", "sequence_stream", 
  "sequence_element", "sequence_source", "query_section", "output_attribute", 
  "group_by", "having", "order_by", "order_by_reference", "limit", "offset", 
  "output_rate", "query_output", "target", "output_event_type", "set_clause", 
  "set_assignment", "store_query", "store_input", "within_time", "for_time", 
  "within_time_range", "per_clause", "expression", "function_operation", 
  "function_args", "stream_reference", "attribute_reference", "attribute_index", 
  "constant", "time_value", "time_value_part", "time_unit", "name", "id", 
  "keyword"
};

std::vector<std::string> CQLParser::_literalNames = {
  "", "':'", "';'", "'...'", "'.'", "'('", "')'", "'['", "']'", "','", "'='", 
  "'*'", "'+'", "'?'", "'-'", "'/'", "'%'", "'<'", "'<='", "'>'", "'>='", 
  "'=='", "'!='", "'!'", "'@'", "'->'", "'#'"
};

std::vector<std::string> CQLParser::_symbolicNames = {
  "", "COL", "SCOL", "TRIPLE_DOT", "DOT", "LPAREN", "RPAREN", "LBRACK", 
  "RBRACK", "COMMA", "ASSIGN", "STAR", "PLUS", "QUESTION", "MINUS", "DIV", 
  "MOD", "LT", "LT_EQ", "GT", "GT_EQ", "EQ", "NOT_EQ", "BANG", "AT_SYMBOL", 
  "FOLLOWED_BY", "HASH", "STREAM", "DEFINE", "FUNCTION", "TRIGGER", "TABLE", 
  "FROM", "PARTITION", "WINDOW", "SELECT", "GROUP", "BY", "ORDER", "LIMIT", 
  "OFFSET", "ASC", "DESC", "HAVING", "INSERT", "DELETE", "UPDATE", "SET", 
  "RETURN", "EVENTS", "INTO", "OUTPUT", "EXPIRED", "CURRENT", "SNAPSHOT", 
  "FOR", "RAW", "OF", "AS", "AT", "OR", "AND", "IN", "ON", "IS", "NOT", 
  "WITHIN", "WITH", "BEGIN", "END", "NULL_", "EVERY", "LAST", "ALL", "FIRST", 
  "JOIN", "INNER", "OUTER", "RIGHT", "LEFT", "FULL", "UNIDIRECTIONAL", "AGGREGATION", 
  "AGGREGATE", "PER", "TRUE", "FALSE", "STRING", "INT", "LONG", "FLOAT", 
  "DOUBLE", "BOOL", "OBJECT", "YEARS", "MONTHS", "WEEKS", "DAYS", "HOURS", 
  "MINUTES", "SECONDS", "MILLISECONDS", "INT_LITERAL", "LONG_LITERAL", "FLOAT_LITERAL", 
  "DOUBLE_LITERAL", "STRING_LITERAL", "ID_QUOTES", "ID", "SCRIPT", "SINGLE_LINE_COMMENT", 
  "MULTILINE_COMMENT", "SPACES", "UNEXPECTED_CHAR"
};

dfa::Vocabulary CQLParser::_vocabulary(_literalNames, _symbolicNames);

std::vector<std::string> CQLParser::_tokenNames;

CQLParser::Initializer::Initializer() {
	for (size_t i = 0; i < _symbolicNames.size(); ++i) {
		std::string name = _vocabulary.getLiteralName(i);
		if (name.empty()) {
			name = _vocabulary.getSymbolicName(i);
		}

		if (name.empty()) {
			_tokenNames.push_back("<INVALID>");
		} else {
      _tokenNames.push_back(name);
    }
	}

  _serializedATN = {
    0x3, 0x608b, 0xa72a, 0x8133, 0xb9ed, 0x417c, 0x3be7, 0x7786, 0x5964, 
    0x3, 0x73, 0x418, 0x4, 0x2, 0x9, 0x2, 0x4, 0x3, 0x9, 0x3, 0x4, 0x4, 
    0x9, 0x4, 0x4, 0x5, 0x9, 0x5, 0x4, 0x6, 0x9, 0x6, 0x4, 0x7, 0x9, 0x7, 
    0x4, 0x8, 0x9, 0x8, 0x4, 0x9, 0x9, 0x9, 0x4, 0xa, 0x9, 0xa, 0x4, 0xb, 
    0x9, 0xb, 0x4, 0xc, 0x9, 0xc, 0x4, 0xd, 0x9, 0xd, 0x4, 0xe, 0x9, 0xe, 
    0x4, 0xf, 0x9, 0xf, 0x4, 0x10, 0x9, 0x10, 0x4, 0x11, 0x9, 0x11, 0x4, 
    0x12, 0x9, 0x12, 0x4, 0x13, 0x9, 0x13, 0x4, 0x14, 0x9, 0x14, 0x4, 0x15, 
    0x9, 0x15, 0x4, 0x16, 0x9, 0x16, 0x4, 0x17, 0x9, 0x17, 0x4, 0x18, 0x9, 
    0x18, 0x4, 0x19, 0x9, 0x19, 0x4, 0x1a, 0x9, 0x1a, 0x4, 0x1b, 0x9, 0x1b, 
    0x4, 0x1c, 0x9, 0x1c, 0x4, 0x1d, 0x9, 0x1d, 0x4, 0x1e, 0x9, 0x1e, 0x4, 
    0x1f, 0x9, 0x1f, 0x4, 0x20, 0x9, 0x20, 0x4, 0x21, 0x9, 0x21, 0x4, 0x22, 
    0x9, 0x22, 0x4, 0x23, 0x9, 0x23, 0x4, 0x24, 0x9, 0x24, 0x4, 0x25, 0x9, 
    0x25, 0x4, 0x26, 0x9, 0x26, 0x4, 0x27, 0x9, 0x27, 0x4, 0x28, 0x9, 0x28, 
    0x4, 0x29, 0x9, 0x29, 0x4, 0x2a, 0x9, 0x2a, 0x4, 0x2b, 0x9, 0x2b, 0x4, 
    0x2c, 0x9, 0x2c, 0x4, 0x2d, 0x9, 0x2d, 0x4, 0x2e, 0x9, 0x2e, 0x4, 0x2f, 
    0x9, 0x2f, 0x4, 0x30, 0x9, 0x30, 0x4, 0x31, 0x9, 0x31, 0x4, 0x32, 0x9, 
    0x32, 0x4, 0x33, 0x9, 0x33, 0x4, 0x34, 0x9, 0x34, 0x4, 0x35, 0x9, 0x35, 
    0x4, 0x36, 0x9, 0x36, 0x4, 0x37, 0x9, 0x37, 0x4, 0x38, 0x9, 0x38, 0x4, 
    0x39, 0x9, 0x39, 0x4, 0x3a, 0x9, 0x3a, 0x4, 0x3b, 0x9, 0x3b, 0x4, 0x3c, 
    0x9, 0x3c, 0x4, 0x3d, 0x9, 0x3d, 0x4, 0x3e, 0x9, 0x3e, 0x4, 0x3f, 0x9, 
    0x3f, 0x4, 0x40, 0x9, 0x40, 0x4, 0x41, 0x9, 0x41, 0x4, 0x42, 0x9, 0x42, 
    0x4, 0x43, 0x9, 0x43, 0x4, 0x44, 0x9, 0x44, 0x4, 0x45, 0x9, 0x45, 0x4, 
    0x46, 0x9, 0x46, 0x4, 0x47, 0x9, 0x47, 0x4, 0x48, 0x9, 0x48, 0x4, 0x49, 
    0x9, 0x49, 0x4, 0x4a, 0x9, 0x4a, 0x4, 0x4b, 0x9, 0x4b, 0x4, 0x4c, 0x9, 
    0x4c, 0x4, 0x4d, 0x9, 0x4d, 0x4, 0x4e, 0x9, 0x4e, 0x4, 0x4f, 0x9, 0x4f, 
    0x4, 0x50, 0x9, 0x50, 0x3, 0x2, 0x7, 0x2, 0xa2, 0xa, 0x2, 0xc, 0x2, 
    0xe, 0x2, 0xa5, 0xb, 0x2, 0x3, 0x2, 0x3, 0x2, 0x3, 0x2, 0x7, 0x2, 0xaa, 
    0xa, 0x2, 0xc, 0x2, 0xe, 0x2, 0xad, 0xb, 0x2, 0x3, 0x2, 0x5, 0x2, 0xb0, 
    0xa, 0x2, 0x3, 0x2, 0x3, 0x2, 0x3, 0x3, 0x3, 0x3, 0x5, 0x3, 0xb6, 0xa, 
    0x3, 0x3, 0x3, 0x3, 0x3, 0x3, 0x4, 0x3, 0x4, 0x3, 0x4, 0x3, 0x5, 0x3, 
    0x5, 0x3, 0x5, 0x3, 0x5, 0x3, 0x5, 0x3, 0x5, 0x3, 0x5, 0x3, 0x5, 0x5, 
    0x5, 0xc5, 0xa, 0x5, 0x3, 0x6, 0x3, 0x6, 0x3, 0x6, 0x3, 0x6, 0x3, 0x6, 
    0x3, 0x6, 0x3, 0x6, 0x3, 0x6, 0x7, 0x6, 0xcf, 0xa, 0x6, 0xc, 0x6, 0xe, 
    0x6, 0xd2, 0xb, 0x6, 0x3, 0x6, 0x3, 0x6, 0x5, 0x6, 0xd6, 0xa, 0x6, 0x3, 
    0x7, 0x3, 0x7, 0x3, 0x7, 0x3, 0x7, 0x3, 0x7, 0x5, 0x7, 0xdd, 0xa, 0x7, 
    0x3, 0x7, 0x3, 0x7, 0x3, 0x7, 0x5, 0x7, 0xe2, 0xa, 0x7, 0x7, 0x7, 0xe4, 
    0xa, 0x7, 0xc, 0x7, 0xe, 0x7, 0xe7, 0xb, 0x7, 0x3, 0x7, 0x3, 0x7, 0x5, 
    0x7, 0xeb, 0xa, 0x7, 0x3, 0x8, 0x3, 0x8, 0x3, 0x8, 0x5, 0x8, 0xf0, 0xa, 
    0x8, 0x3, 0x8, 0x3, 0x8, 0x3, 0x9, 0x3, 0x9, 0x3, 0x9, 0x3, 0x9, 0x7, 
    0x9, 0xf8, 0xa, 0x9, 0xc, 0x9, 0xe, 0x9, 0xfb, 0xb, 0x9, 0x3, 0x9, 0x5, 
    0x9, 0xfe, 0xa, 0x9, 0x3, 0xa, 0x3, 0xa, 0x3, 0xb, 0x7, 0xb, 0x103, 
    0xa, 0xb, 0xc, 0xb, 0xe, 0xb, 0x106, 0xb, 0xb, 0x3, 0xb, 0x3, 0xb, 0x3, 
    0xb, 0x3, 0xb, 0x3, 0xb, 0x3, 0xc, 0x7, 0xc, 0x10e, 0xa, 0xc, 0xc, 0xc, 
    0xe, 0xc, 0x111, 0xb, 0xc, 0x3, 0xc, 0x3, 0xc, 0x3, 0xc, 0x3, 0xc, 0x3, 
    0xc, 0x3, 0xd, 0x7, 0xd, 0x119, 0xa, 0xd, 0xc, 0xd, 0xe, 0xd, 0x11c, 
    0xb, 0xd, 0x3, 0xd, 0x3, 0xd, 0x3, 0xd, 0x3, 0xd, 0x3, 0xd, 0x3, 0xd, 
    0x3, 0xd, 0x5, 0xd, 0x125, 0xa, 0xd, 0x3, 0xe, 0x3, 0xe, 0x3, 0xe, 0x3, 
    0xe, 0x7, 0xe, 0x12b, 0xa, 0xe, 0xc, 0xe, 0xe, 0xe, 0x12e, 0xb, 0xe, 
    0x3, 0xe, 0x3, 0xe, 0x3, 0xf, 0x3, 0xf, 0x3, 0xf, 0x3, 0x10, 0x3, 0x10, 
    0x3, 0x11, 0x3, 0x11, 0x3, 0x11, 0x3, 0x11, 0x3, 0x11, 0x3, 0x11, 0x3, 
    0x11, 0x5, 0x11, 0x13e, 0xa, 0x11, 0x3, 0x12, 0x3, 0x12, 0x3, 0x12, 
    0x3, 0x12, 0x3, 0x12, 0x3, 0x12, 0x3, 0x12, 0x3, 0x12, 0x3, 0x12, 0x3, 
    0x12, 0x3, 0x13, 0x7, 0x13, 0x14b, 0xa, 0x13, 0xc, 0x13, 0xe, 0x13, 
    0x14e, 0xb, 0x13, 0x3, 0x13, 0x3, 0x13, 0x3, 0x13, 0x3, 0x13, 0x3, 0x13, 
    0x3, 0x13, 0x3, 0x13, 0x3, 0x13, 0x3, 0x13, 0x5, 0x13, 0x159, 0xa, 0x13, 
    0x3, 0x13, 0x3, 0x13, 0x3, 0x13, 0x3, 0x14, 0x3, 0x14, 0x3, 0x14, 0x3, 
    0x14, 0x3, 0x14, 0x7, 0x14, 0x163, 0xa, 0x14, 0xc, 0x14, 0xe, 0x14, 
    0x166, 0xb, 0x14, 0x5, 0x14, 0x168, 0xa, 0x14, 0x3, 0x14, 0x5, 0x14, 
    0x16b, 0xa, 0x14, 0x3, 0x15, 0x3, 0x15, 0x3, 0x15, 0x3, 0x15, 0x3, 0x15, 
    0x3, 0x15, 0x3, 0x15, 0x7, 0x15, 0x174, 0xa, 0x15, 0xc, 0x15, 0xe, 0x15, 
    0x177, 0xb, 0x15, 0x5, 0x15, 0x179, 0xa, 0x15, 0x3, 0x16, 0x7, 0x16, 
    0x17c, 0xa, 0x16, 0xc, 0x16, 0xe, 0x16, 0x17f, 0xb, 0x16, 0x3, 0x16, 
    0x3, 0x16, 0x3, 0x16, 0x3, 0x16, 0x3, 0x16, 0x3, 0x16, 0x7, 0x16, 0x187, 
    0xa, 0x16, 0xc, 0x16, 0xe, 0x16, 0x18a, 0xb, 0x16, 0x3, 0x16, 0x3, 0x16, 
    0x3, 0x16, 0x3, 0x16, 0x3, 0x16, 0x7, 0x16, 0x191, 0xa, 0x16, 0xc, 0x16, 
    0xe, 0x16, 0x194, 0xb, 0x16, 0x3, 0x16, 0x5, 0x16, 0x197, 0xa, 0x16, 
    0x3, 0x16, 0x3, 0x16, 0x3, 0x17, 0x3, 0x17, 0x3, 0x17, 0x7, 0x17, 0x19e, 
    0xa, 0x17, 0xc, 0x17, 0xe, 0x17, 0x1a1, 0xb, 0x17, 0x3, 0x17, 0x3, 0x17, 
    0x3, 0x17, 0x3, 0x17, 0x3, 0x17, 0x3, 0x17, 0x3, 0x17, 0x5, 0x17, 0x1aa, 
    0xa, 0x17, 0x3, 0x18, 0x3, 0x18, 0x3, 0x18, 0x3, 0x18, 0x3, 0x19, 0x7, 
    0x19, 0x1b1, 0xa, 0x19, 0xc, 0x19, 0xe, 0x19, 0x1b4, 0xb, 0x19, 0x3, 
    0x19, 0x3, 0x19, 0x3, 0x19, 0x5, 0x19, 0x1b9, 0xa, 0x19, 0x3, 0x19, 
    0x5, 0x19, 0x1bc, 0xa, 0x19, 0x3, 0x19, 0x3, 0x19, 0x3, 0x1a, 0x3, 0x1a, 
    0x3, 0x1a, 0x3, 0x1a, 0x5, 0x1a, 0x1c4, 0xa, 0x1a, 0x3, 0x1b, 0x3, 0x1b, 
    0x5, 0x1b, 0x1c8, 0xa, 0x1b, 0x3, 0x1b, 0x3, 0x1b, 0x5, 0x1b, 0x1cc, 
    0xa, 0x1b, 0x5, 0x1b, 0x1ce, 0xa, 0x1b, 0x3, 0x1c, 0x6, 0x1c, 0x1d1, 
    0xa, 0x1c, 0xd, 0x1c, 0xe, 0x1c, 0x1d2, 0x3, 0x1d, 0x3, 0x1d, 0x5, 0x1d, 
    0x1d7, 0xa, 0x1d, 0x3, 0x1e, 0x5, 0x1e, 0x1da, 0xa, 0x1e, 0x3, 0x1e, 
    0x3, 0x1e, 0x3, 0x1e, 0x3, 0x1e, 0x3, 0x1f, 0x3, 0x1f, 0x3, 0x1f, 0x3, 
    0x20, 0x3, 0x20, 0x3, 0x20, 0x3, 0x20, 0x3, 0x20, 0x3, 0x21, 0x3, 0x21, 
    0x5, 0x21, 0x1ea, 0xa, 0x21, 0x3, 0x21, 0x3, 0x21, 0x3, 0x22, 0x3, 0x22, 
    0x3, 0x22, 0x3, 0x22, 0x5, 0x22, 0x1f2, 0xa, 0x22, 0x3, 0x22, 0x3, 0x22, 
    0x3, 0x22, 0x3, 0x22, 0x5, 0x22, 0x1f8, 0xa, 0x22, 0x3, 0x22, 0x3, 0x22, 
    0x5, 0x22, 0x1fc, 0xa, 0x22, 0x3, 0x22, 0x3, 0x22, 0x3, 0x22, 0x5, 0x22, 
    0x201, 0xa, 0x22, 0x3, 0x23, 0x3, 0x23, 0x5, 0x23, 0x205, 0xa, 0x23, 
    0x3, 0x23, 0x5, 0x23, 0x208, 0xa, 0x23, 0x3, 0x23, 0x3, 0x23, 0x5, 0x23, 
    0x20c, 0xa, 0x23, 0x3, 0x24, 0x3, 0x24, 0x3, 0x24, 0x3, 0x24, 0x3, 0x24, 
    0x3, 0x24, 0x3, 0x24, 0x3, 0x24, 0x3, 0x24, 0x3, 0x24, 0x3, 0x24, 0x3, 
    0x24, 0x5, 0x24, 0x21a, 0xa, 0x24, 0x3, 0x24, 0x5, 0x24, 0x21d, 0xa, 
    0x24, 0x3, 0x25, 0x3, 0x25, 0x5, 0x25, 0x221, 0xa, 0x25, 0x3, 0x26, 
    0x3, 0x26, 0x3, 0x26, 0x7, 0x26, 0x226, 0xa, 0x26, 0xc, 0x26, 0xe, 0x26, 
    0x229, 0xb, 0x26, 0x3, 0x27, 0x5, 0x27, 0x22c, 0xa, 0x27, 0x3, 0x27, 
    0x3, 0x27, 0x3, 0x27, 0x3, 0x27, 0x3, 0x27, 0x5, 0x27, 0x233, 0xa, 0x27, 
    0x3, 0x27, 0x5, 0x27, 0x236, 0xa, 0x27, 0x3, 0x28, 0x3, 0x28, 0x3, 0x28, 
    0x3, 0x28, 0x3, 0x28, 0x3, 0x28, 0x3, 0x28, 0x3, 0x28, 0x3, 0x28, 0x3, 
    0x28, 0x3, 0x28, 0x3, 0x28, 0x3, 0x28, 0x3, 0x28, 0x5, 0x28, 0x246, 
    0xa, 0x28, 0x3, 0x29, 0x3, 0x29, 0x3, 0x29, 0x3, 0x29, 0x5, 0x29, 0x24c, 
    0xa, 0x29, 0x5, 0x29, 0x24e, 0xa, 0x29, 0x3, 0x2a, 0x3, 0x2a, 0x3, 0x2a, 
    0x5, 0x2a, 0x253, 0xa, 0x2a, 0x3, 0x2a, 0x3, 0x2a, 0x3, 0x2b, 0x3, 0x2b, 
    0x5, 0x2b, 0x259, 0xa, 0x2b, 0x3, 0x2c, 0x3, 0x2c, 0x3, 0x2c, 0x3, 0x2c, 
    0x3, 0x2c, 0x3, 0x2c, 0x3, 0x2c, 0x3, 0x2c, 0x5, 0x2c, 0x263, 0xa, 0x2c, 
    0x3, 0x2d, 0x3, 0x2d, 0x3, 0x2d, 0x6, 0x2d, 0x268, 0xa, 0x2d, 0xd, 0x2d, 
    0xe, 0x2d, 0x269, 0x3, 0x2d, 0x5, 0x2d, 0x26d, 0xa, 0x2d, 0x3, 0x2e, 
    0x5, 0x2e, 0x270, 0xa, 0x2e, 0x3, 0x2e, 0x3, 0x2e, 0x3, 0x2e, 0x3, 0x2e, 
    0x7, 0x2e, 0x276, 0xa, 0x2e, 0xc, 0x2e, 0xe, 0x2e, 0x279, 0xb, 0x2e, 
    0x3, 0x2e, 0x3, 0x2e, 0x3, 0x2e, 0x5, 0x2e, 0x27e, 0xa, 0x2e, 0x3, 0x2e, 
    0x5, 0x2e, 0x281, 0xa, 0x2e, 0x3, 0x2f, 0x3, 0x2f, 0x3, 0x2f, 0x3, 0x2f, 
    0x3, 0x2f, 0x3, 0x2f, 0x3, 0x2f, 0x3, 0x2f, 0x3, 0x2f, 0x3, 0x2f, 0x3, 
    0x2f, 0x3, 0x2f, 0x3, 0x2f, 0x3, 0x2f, 0x3, 0x2f, 0x3, 0x2f, 0x3, 0x2f, 
    0x5, 0x2f, 0x294, 0xa, 0x2f, 0x3, 0x30, 0x3, 0x30, 0x3, 0x30, 0x3, 0x30, 
    0x3, 0x30, 0x7, 0x30, 0x29b, 0xa, 0x30, 0xc, 0x30, 0xe, 0x30, 0x29e, 
    0xb, 0x30, 0x5, 0x30, 0x2a0, 0xa, 0x30, 0x3, 0x30, 0x5, 0x30, 0x2a3, 
    0xa, 0x30, 0x3, 0x30, 0x5, 0x30, 0x2a6, 0xa, 0x30, 0x3, 0x30, 0x5, 0x30, 
    0x2a9, 0xa, 0x30, 0x3, 0x30, 0x5, 0x30, 0x2ac, 0xa, 0x30, 0x3, 0x30, 
    0x5, 0x30, 0x2af, 0xa, 0x30, 0x3, 0x31, 0x3, 0x31, 0x3, 0x31, 0x3, 0x31, 
    0x3, 0x31, 0x5, 0x31, 0x2b6, 0xa, 0x31, 0x3, 0x32, 0x3, 0x32, 0x3, 0x32, 
    0x3, 0x32, 0x3, 0x32, 0x7, 0x32, 0x2bd, 0xa, 0x32, 0xc, 0x32, 0xe, 0x32, 
    0x2c0, 0xb, 0x32, 0x3, 0x33, 0x3, 0x33, 0x3, 0x33, 0x3, 0x34, 0x3, 0x34, 
    0x3, 0x34, 0x3, 0x34, 0x3, 0x34, 0x7, 0x34, 0x2ca, 0xa, 0x34, 0xc, 0x34, 
    0xe, 0x34, 0x2cd, 0xb, 0x34, 0x3, 0x35, 0x3, 0x35, 0x5, 0x35, 0x2d1, 
    0xa, 0x35, 0x3, 0x36, 0x3, 0x36, 0x3, 0x36, 0x3, 0x37, 0x3, 0x37, 0x3, 
    0x37, 0x3, 0x38, 0x3, 0x38, 0x5, 0x38, 0x2db, 0xa, 0x38, 0x3, 0x38, 
    0x3, 0x38, 0x3, 0x38, 0x3, 0x38, 0x3, 0x38, 0x5, 0x38, 0x2e2, 0xa, 0x38, 
    0x3, 0x38, 0x3, 0x38, 0x3, 0x38, 0x3, 0x38, 0x3, 0x38, 0x3, 0x38, 0x5, 
    0x38, 0x2ea, 0xa, 0x38, 0x3, 0x39, 0x3, 0x39, 0x5, 0x39, 0x2ee, 0xa, 
    0x39, 0x3, 0x39, 0x3, 0x39, 0x3, 0x39, 0x3, 0x39, 0x3, 0x39, 0x3, 0x39, 
    0x5, 0x39, 0x2f6, 0xa, 0x39, 0x3, 0x39, 0x3, 0x39, 0x5, 0x39, 0x2fa, 
    0xa, 0x39, 0x3, 0x39, 0x3, 0x39, 0x3, 0x39, 0x3, 0x39, 0x3, 0x39, 0x3, 
    0x39, 0x3, 0x39, 0x5, 0x39, 0x303, 0xa, 0x39, 0x3, 0x39, 0x5, 0x39, 
    0x306, 0xa, 0x39, 0x3, 0x39, 0x3, 0x39, 0x3, 0x39, 0x3, 0x39, 0x3, 0x39, 
    0x3, 0x39, 0x3, 0x39, 0x5, 0x39, 0x30f, 0xa, 0x39, 0x3, 0x39, 0x5, 0x39, 
    0x312, 0xa, 0x39, 0x3, 0x39, 0x3, 0x39, 0x3, 0x39, 0x3, 0x39, 0x3, 0x39, 
    0x5, 0x39, 0x319, 0xa, 0x39, 0x5, 0x39, 0x31b, 0xa, 0x39, 0x3, 0x3a, 
    0x3, 0x3a, 0x3, 0x3b, 0x3, 0x3b, 0x3, 0x3b, 0x3, 0x3b, 0x3, 0x3b, 0x5, 
    0x3b, 0x324, 0xa, 0x3b, 0x3, 0x3b, 0x5, 0x3b, 0x327, 0xa, 0x3b, 0x3, 
    0x3c, 0x3, 0x3c, 0x3, 0x3c, 0x3, 0x3c, 0x7, 0x3c, 0x32d, 0xa, 0x3c, 
    0xc, 0x3c, 0xe, 0x3c, 0x330, 0xb, 0x3c, 0x3, 0x3d, 0x3, 0x3d, 0x3, 0x3d, 
    0x3, 0x3d, 0x3, 0x3e, 0x3, 0x3e, 0x3, 0x3e, 0x5, 0x3e, 0x339, 0xa, 0x3e, 
    0x3, 0x3e, 0x3, 0x3e, 0x3, 0x3e, 0x3, 0x3e, 0x3, 0x3e, 0x3, 0x3e, 0x3, 
    0x3e, 0x3, 0x3e, 0x3, 0x3e, 0x3, 0x3e, 0x3, 0x3e, 0x3, 0x3e, 0x5, 0x3e, 
    0x347, 0xa, 0x3e, 0x3, 0x3e, 0x3, 0x3e, 0x3, 0x3e, 0x3, 0x3e, 0x5, 0x3e, 
    0x34d, 0xa, 0x3e, 0x3, 0x3e, 0x3, 0x3e, 0x3, 0x3e, 0x3, 0x3e, 0x5, 0x3e, 
    0x353, 0xa, 0x3e, 0x3, 0x3e, 0x5, 0x3e, 0x356, 0xa, 0x3e, 0x3, 0x3e, 
    0x3, 0x3e, 0x3, 0x3e, 0x5, 0x3e, 0x35b, 0xa, 0x3e, 0x3, 0x3e, 0x3, 0x3e, 
    0x3, 0x3e, 0x5, 0x3e, 0x360, 0xa, 0x3e, 0x3, 0x3f, 0x3, 0x3f, 0x3, 0x3f, 
    0x5, 0x3f, 0x365, 0xa, 0x3f, 0x3, 0x3f, 0x3, 0x3f, 0x5, 0x3f, 0x369, 
    0xa, 0x3f, 0x3, 0x3f, 0x3, 0x3f, 0x3, 0x3f, 0x5, 0x3f, 0x36e, 0xa, 0x3f, 
    0x3, 0x40, 0x3, 0x40, 0x3, 0x40, 0x3, 0x41, 0x3, 0x41, 0x3, 0x41, 0x3, 
    0x42, 0x3, 0x42, 0x3, 0x42, 0x3, 0x42, 0x5, 0x42, 0x37a, 0xa, 0x42, 
    0x3, 0x43, 0x3, 0x43, 0x3, 0x43, 0x3, 0x44, 0x3, 0x44, 0x3, 0x44, 0x3, 
    0x44, 0x3, 0x44, 0x3, 0x44, 0x3, 0x44, 0x3, 0x44, 0x3, 0x44, 0x3, 0x44, 
    0x3, 0x44, 0x3, 0x44, 0x3, 0x44, 0x3, 0x44, 0x3, 0x44, 0x3, 0x44, 0x3, 
    0x44, 0x3, 0x44, 0x5, 0x44, 0x391, 0xa, 0x44, 0x3, 0x44, 0x3, 0x44, 
    0x3, 0x44, 0x3, 0x44, 0x3, 0x44, 0x3, 0x44, 0x3, 0x44, 0x3, 0x44, 0x3, 
    0x44, 0x3, 0x44, 0x3, 0x44, 0x3, 0x44, 0x3, 0x44, 0x3, 0x44, 0x3, 0x44, 
    0x3, 0x44, 0x3, 0x44, 0x3, 0x44, 0x3, 0x44, 0x3, 0x44, 0x3, 0x44, 0x3, 
    0x44, 0x3, 0x44, 0x3, 0x44, 0x7, 0x44, 0x3ab, 0xa, 0x44, 0xc, 0x44, 
    0xe, 0x44, 0x3ae, 0xb, 0x44, 0x3, 0x45, 0x3, 0x45, 0x3, 0x45, 0x5, 0x45, 
    0x3b3, 0xa, 0x45, 0x3, 0x45, 0x3, 0x45, 0x3, 0x45, 0x5, 0x45, 0x3b8, 
    0xa, 0x45, 0x3, 0x45, 0x3, 0x45, 0x3, 0x46, 0x3, 0x46, 0x3, 0x46, 0x3, 
    0x46, 0x7, 0x46, 0x3c0, 0xa, 0x46, 0xc, 0x46, 0xe, 0x46, 0x3c3, 0xb, 
    0x46, 0x5, 0x46, 0x3c5, 0xa, 0x46, 0x3, 0x47, 0x3, 0x47, 0x5, 0x47, 
    0x3c9, 0xa, 0x47, 0x3, 0x47, 0x3, 0x47, 0x3, 0x47, 0x3, 0x47, 0x3, 0x47, 
    0x5, 0x47, 0x3d0, 0xa, 0x47, 0x3, 0x47, 0x3, 0x47, 0x3, 0x47, 0x3, 0x47, 
    0x3, 0x47, 0x5, 0x47, 0x3d7, 0xa, 0x47, 0x3, 0x48, 0x3, 0x48, 0x5, 0x48, 
    0x3db, 0xa, 0x48, 0x3, 0x48, 0x3, 0x48, 0x3, 0x48, 0x3, 0x48, 0x3, 0x48, 
    0x5, 0x48, 0x3e2, 0xa, 0x48, 0x3, 0x48, 0x3, 0x48, 0x3, 0x48, 0x3, 0x48, 
    0x3, 0x48, 0x3, 0x48, 0x5, 0x48, 0x3ea, 0xa, 0x48, 0x5, 0x48, 0x3ec, 
    0xa, 0x48, 0x3, 0x48, 0x3, 0x48, 0x3, 0x48, 0x3, 0x48, 0x5, 0x48, 0x3f2, 
    0xa, 0x48, 0x3, 0x49, 0x3, 0x49, 0x3, 0x49, 0x3, 0x49, 0x5, 0x49, 0x3f8, 
    0xa, 0x49, 0x5, 0x49, 0x3fa, 0xa, 0x49, 0x3, 0x4a, 0x3, 0x4a, 0x3, 0x4a, 
    0x3, 0x4a, 0x3, 0x4a, 0x3, 0x4a, 0x3, 0x4a, 0x3, 0x4a, 0x5, 0x4a, 0x404, 
    0xa, 0x4a, 0x3, 0x4b, 0x6, 0x4b, 0x407, 0xa, 0x4b, 0xd, 0x4b, 0xe, 0x4b, 
    0x408, 0x3, 0x4c, 0x3, 0x4c, 0x3, 0x4c, 0x3, 0x4d, 0x3, 0x4d, 0x3, 0x4e, 
    0x3, 0x4e, 0x5, 0x4e, 0x412, 0xa, 0x4e, 0x3, 0x4f, 0x3, 0x4f, 0x3, 0x50, 
    0x3, 0x50, 0x3, 0x50, 0x2, 0x3, 0x86, 0x51, 0x2, 0x4, 0x6, 0x8, 0xa, 
    0xc, 0xe, 0x10, 0x12, 0x14, 0x16, 0x18, 0x1a, 0x1c, 0x1e, 0x20, 0x22, 
    0x24, 0x26, 0x28, 0x2a, 0x2c, 0x2e, 0x30, 0x32, 0x34, 0x36, 0x38, 0x3a, 
    0x3c, 0x3e, 0x40, 0x42, 0x44, 0x46, 0x48, 0x4a, 0x4c, 0x4e, 0x50, 0x52, 
    0x54, 0x56, 0x58, 0x5a, 0x5c, 0x5e, 0x60, 0x62, 0x64, 0x66, 0x68, 0x6a, 
    0x6c, 0x6e, 0x70, 0x72, 0x74, 0x76, 0x78, 0x7a, 0x7c, 0x7e, 0x80, 0x82, 
    0x84, 0x86, 0x88, 0x8a, 0x8c, 0x8e, 0x90, 0x92, 0x94, 0x96, 0x98, 0x9a, 
    0x9c, 0x9e, 0x2, 0x10, 0x5, 0x2, 0x3, 0x3, 0x6, 0x6, 0x10, 0x10, 0x3, 
    0x2, 0x59, 0x5f, 0x3, 0x2, 0x3e, 0x3f, 0x3, 0x2, 0xd, 0xf, 0x3, 0x2, 
    0x2b, 0x2c, 0x3, 0x2, 0x4a, 0x4c, 0x4, 0x2, 0xd, 0xd, 0x11, 0x12, 0x4, 
    0x2, 0xe, 0xe, 0x10, 0x10, 0x3, 0x2, 0x13, 0x16, 0x3, 0x2, 0x17, 0x18, 
    0x3, 0x2, 0x57, 0x58, 0x3, 0x2, 0x60, 0x67, 0x3, 0x2, 0x6d, 0x6e, 0x6, 
    0x2, 0x1d, 0x42, 0x44, 0x47, 0x49, 0x56, 0x59, 0x67, 0x2, 0x476, 0x2, 
    0xa3, 0x3, 0x2, 0x2, 0x2, 0x4, 0xb3, 0x3, 0x2, 0x2, 0x2, 0x6, 0xb9, 
    0x3, 0x2, 0x2, 0x2, 0x8, 0xc4, 0x3, 0x2, 0x2, 0x2, 0xa, 0xc6, 0x3, 0x2, 
    0x2, 0x2, 0xc, 0xd7, 0x3, 0x2, 0x2, 0x2, 0xe, 0xef, 0x3, 0x2, 0x2, 0x2, 
    0x10, 0xfd, 0x3, 0x2, 0x2, 0x2, 0x12, 0xff, 0x3, 0x2, 0x2, 0x2, 0x14, 
    0x104, 0x3, 0x2, 0x2, 0x2, 0x16, 0x10f, 0x3, 0x2, 0x2, 0x2, 0x18, 0x11a, 
    0x3, 0x2, 0x2, 0x2, 0x1a, 0x126, 0x3, 0x2, 0x2, 0x2, 0x1c, 0x131, 0x3, 
    0x2, 0x2, 0x2, 0x1e, 0x134, 0x3, 0x2, 0x2, 0x2, 0x20, 0x136, 0x3, 0x2, 
    0x2, 0x2, 0x22, 0x13f, 0x3, 0x2, 0x2, 0x2, 0x24, 0x14c, 0x3, 0x2, 0x2, 
    0x2, 0x26, 0x15d, 0x3, 0x2, 0x2, 0x2, 0x28, 0x178, 0x3, 0x2, 0x2, 0x2, 
    0x2a, 0x17d, 0x3, 0x2, 0x2, 0x2, 0x2c, 0x1a9, 0x3, 0x2, 0x2, 0x2, 0x2e, 
    0x1ab, 0x3, 0x2, 0x2, 0x2, 0x30, 0x1b2, 0x3, 0x2, 0x2, 0x2, 0x32, 0x1c3, 
    0x3, 0x2, 0x2, 0x2, 0x34, 0x1c5, 0x3, 0x2, 0x2, 0x2, 0x36, 0x1d0, 0x3, 
    0x2, 0x2, 0x2, 0x38, 0x1d6, 0x3, 0x2, 0x2, 0x2, 0x3a, 0x1d9, 0x3, 0x2, 
    0x2, 0x2, 0x3c, 0x1df, 0x3, 0x2, 0x2, 0x2, 0x3e, 0x1e2, 0x3, 0x2, 0x2, 
    0x2, 0x40, 0x1e9, 0x3, 0x2, 0x2, 0x2, 0x42, 0x1ed, 0x3, 0x2, 0x2, 0x2, 
    0x44, 0x202, 0x3, 0x2, 0x2, 0x2, 0x46, 0x21c, 0x3, 0x2, 0x2, 0x2, 0x48, 
    0x21e, 0x3, 0x2, 0x2, 0x2, 0x4a, 0x222, 0x3, 0x2, 0x2, 0x2, 0x4c, 0x235, 
    0x3, 0x2, 0x2, 0x2, 0x4e, 0x245, 0x3, 0x2, 0x2, 0x2, 0x50, 0x24d, 0x3, 
    0x2, 0x2, 0x2, 0x52, 0x252, 0x3, 0x2, 0x2, 0x2, 0x54, 0x256, 0x3, 0x2, 
    0x2, 0x2, 0x56, 0x262, 0x3, 0x2, 0x2, 0x2, 0x58, 0x264, 0x3, 0x2, 0x2, 
    0x2, 0x5a, 0x280, 0x3, 0x2, 0x2, 0x2, 0x5c, 0x293, 0x3, 0x2, 0x2, 0x2, 
    0x5e, 0x295, 0x3, 0x2, 0x2, 0x2, 0x60, 0x2b5, 0x3, 0x2, 0x2, 0x2, 0x62, 
    0x2b7, 0x3, 0x2, 0x2, 0x2, 0x64, 0x2c1, 0x3, 0x2, 0x2, 0x2, 0x66, 0x2c4, 
    0x3, 0x2, 0x2, 0x2, 0x68, 0x2ce, 0x3, 0x2, 0x2, 0x2, 0x6a, 0x2d2, 0x3, 
    0x2, 0x2, 0x2, 0x6c, 0x2d5, 0x3, 0x2, 0x2, 0x2, 0x6e, 0x2e9, 0x3, 0x2, 
    0x2, 0x2, 0x70, 0x31a, 0x3, 0x2, 0x2, 0x2, 0x72, 0x31c, 0x3, 0x2, 0x2, 
    0x2, 0x74, 0x326, 0x3, 0x2, 0x2, 0x2, 0x76, 0x328, 0x3, 0x2, 0x2, 0x2, 
    0x78, 0x331, 0x3, 0x2, 0x2, 0x2, 0x7a, 0x35f, 0x3, 0x2, 0x2, 0x2, 0x7c, 
    0x361, 0x3, 0x2, 0x2, 0x2, 0x7e, 0x36f, 0x3, 0x2, 0x2, 0x2, 0x80, 0x372, 
    0x3, 0x2, 0x2, 0x2, 0x82, 0x375, 0x3, 0x2, 0x2, 0x2, 0x84, 0x37b, 0x3, 
    0x2, 0x2, 0x2, 0x86, 0x390, 0x3, 0x2, 0x2, 0x2, 0x88, 0x3b2, 0x3, 0x2, 
    0x2, 0x2, 0x8a, 0x3c4, 0x3, 0x2, 0x2, 0x2, 0x8c, 0x3d6, 0x3, 0x2, 0x2, 
    0x2, 0x8e, 0x3f1, 0x3, 0x2, 0x2, 0x2, 0x90, 0x3f9, 0x3, 0x2, 0x2, 0x2, 
    0x92, 0x403, 0x3, 0x2, 0x2, 0x2, 0x94, 0x406, 0x3, 0x2, 0x2, 0x2, 0x96, 
    0x40a, 0x3, 0x2, 0x2, 0x2, 0x98, 0x40d, 0x3, 0x2, 0x2, 0x2, 0x9a, 0x411, 
    0x3, 0x2, 0x2, 0x2, 0x9c, 0x413, 0x3, 0x2, 0x2, 0x2, 0x9e, 0x415, 0x3, 
    0x2, 0x2, 0x2, 0xa0, 0xa2, 0x5, 0xa, 0x6, 0x2, 0xa1, 0xa0, 0x3, 0x2, 
    0x2, 0x2, 0xa2, 0xa5, 0x3, 0x2, 0x2, 0x2, 0xa3, 0xa1, 0x3, 0x2, 0x2, 
    0x2, 0xa3, 0xa4, 0x3, 0x2, 0x2, 0x2, 0xa4, 0xa6, 0x3, 0x2, 0x2, 0x2, 
    0xa5, 0xa3, 0x3, 0x2, 0x2, 0x2, 0xa6, 0xab, 0x5, 0x8, 0x5, 0x2, 0xa7, 
    0xa8, 0x7, 0x4, 0x2, 0x2, 0xa8, 0xaa, 0x5, 0x8, 0x5, 0x2, 0xa9, 0xa7, 
    0x3, 0x2, 0x2, 0x2, 0xaa, 0xad, 0x3, 0x2, 0x2, 0x2, 0xab, 0xa9, 0x3, 
    0x2, 0x2, 0x2, 0xab, 0xac, 0x3, 0x2, 0x2, 0x2, 0xac, 0xaf, 0x3, 0x2, 
    0x2, 0x2, 0xad, 0xab, 0x3, 0x2, 0x2, 0x2, 0xae, 0xb0, 0x7, 0x4, 0x2, 
    0x2, 0xaf, 0xae, 0x3, 0x2, 0x2, 0x2, 0xaf, 0xb0, 0x3, 0x2, 0x2, 0x2, 
    0xb0, 0xb1, 0x3, 0x2, 0x2, 0x2, 0xb1, 0xb2, 0x7, 0x2, 0x2, 0x3, 0xb2, 
    0x3, 0x3, 0x2, 0x2, 0x2, 0xb3, 0xb5, 0x5, 0x7a, 0x3e, 0x2, 0xb4, 0xb6, 
    0x7, 0x4, 0x2, 0x2, 0xb5, 0xb4, 0x3, 0x2, 0x2, 0x2, 0xb5, 0xb6, 0x3, 
    0x2, 0x2, 0x2, 0xb6, 0xb7, 0x3, 0x2, 0x2, 0x2, 0xb7, 0xb8, 0x7, 0x2, 
    0x2, 0x3, 0xb8, 0x5, 0x3, 0x2, 0x2, 0x2, 0xb9, 0xba, 0x5, 0x86, 0x44, 
    0x2, 0xba, 0xbb, 0x7, 0x2, 0x2, 0x3, 0xbb, 0x7, 0x3, 0x2, 0x2, 0x2, 
    0xbc, 0xc5, 0x5, 0x14, 0xb, 0x2, 0xbd, 0xc5, 0x5, 0x16, 0xc, 0x2, 0xbe, 
    0xc5, 0x5, 0x18, 0xd, 0x2, 0xbf, 0xc5, 0x5, 0x20, 0x11, 0x2, 0xc0, 0xc5, 
    0x5, 0x22, 0x12, 0x2, 0xc1, 0xc5, 0x5, 0x24, 0x13, 0x2, 0xc2, 0xc5, 
    0x5, 0x30, 0x19, 0x2, 0xc3, 0xc5, 0x5, 0x2a, 0x16, 0x2, 0xc4, 0xbc, 
    0x3, 0x2, 0x2, 0x2, 0xc4, 0xbd, 0x3, 0x2, 0x2, 0x2, 0xc4, 0xbe, 0x3, 
    0x2, 0x2, 0x2, 0xc4, 0xbf, 0x3, 0x2, 0x2, 0x2, 0xc4, 0xc0, 0x3, 0x2, 
    0x2, 0x2, 0xc4, 0xc1, 0x3, 0x2, 0x2, 0x2, 0xc4, 0xc2, 0x3, 0x2, 0x2, 
    0x2, 0xc4, 0xc3, 0x3, 0x2, 0x2, 0x2, 0xc5, 0x9, 0x3, 0x2, 0x2, 0x2, 
    0xc6, 0xc7, 0x7, 0x1a, 0x2, 0x2, 0xc7, 0xc8, 0x5, 0x9a, 0x4e, 0x2, 0xc8, 
    0xc9, 0x7, 0x3, 0x2, 0x2, 0xc9, 0xd5, 0x5, 0x9a, 0x4e, 0x2, 0xca, 0xcb, 
    0x7, 0x7, 0x2, 0x2, 0xcb, 0xd0, 0x5, 0xe, 0x8, 0x2, 0xcc, 0xcd, 0x7, 
    0xb, 0x2, 0x2, 0xcd, 0xcf, 0x5, 0xe, 0x8, 0x2, 0xce, 0xcc, 0x3, 0x2, 
    0x2, 0x2, 0xcf, 0xd2, 0x3, 0x2, 0x2, 0x2, 0xd0, 0xce, 0x3, 0x2, 0x2, 
    0x2, 0xd0, 0xd1, 0x3, 0x2, 0x2, 0x2, 0xd1, 0xd3, 0x3, 0x2, 0x2, 0x2, 
    0xd2, 0xd0, 0x3, 0x2, 0x2, 0x2, 0xd3, 0xd4, 0x7, 0x8, 0x2, 0x2, 0xd4, 
    0xd6, 0x3, 0x2, 0x2, 0x2, 0xd5, 0xca, 0x3, 0x2, 0x2, 0x2, 0xd5, 0xd6, 
    0x3, 0x2, 0x2, 0x2, 0xd6, 0xb, 0x3, 0x2, 0x2, 0x2, 0xd7, 0xd8, 0x7, 
    0x1a, 0x2, 0x2, 0xd8, 0xea, 0x5, 0x9a, 0x4e, 0x2, 0xd9, 0xdc, 0x7, 0x7, 
    0x2, 0x2, 0xda, 0xdd, 0x5, 0xe, 0x8, 0x2, 0xdb, 0xdd, 0x5, 0xc, 0x7, 
    0x2, 0xdc, 0xda, 0x3, 0x2, 0x2, 0x2, 0xdc, 0xdb, 0x3, 0x2, 0x2, 0x2, 
    0xdd, 0xe5, 0x3, 0x2, 0x2, 0x2, 0xde, 0xe1, 0x7, 0xb, 0x2, 0x2, 0xdf, 
    0xe2, 0x5, 0xe, 0x8, 0x2, 0xe0, 0xe2, 0x5, 0xc, 0x7, 0x2, 0xe1, 0xdf, 
    0x3, 0x2, 0x2, 0x2, 0xe1, 0xe0, 0x3, 0x2, 0x2, 0x2, 0xe2, 0xe4, 0x3, 
    0x2, 0x2, 0x2, 0xe3, 0xde, 0x3, 0x2, 0x2, 0x2, 0xe4, 0xe7, 0x3, 0x2, 
    0x2, 0x2, 0xe5, 0xe3, 0x3, 0x2, 0x2, 0x2, 0xe5, 0xe6, 0x3, 0x2, 0x2, 
    0x2, 0xe6, 0xe8, 0x3, 0x2, 0x2, 0x2, 0xe7, 0xe5, 0x3, 0x2, 0x2, 0x2, 
    0xe8, 0xe9, 0x7, 0x8, 0x2, 0x2, 0xe9, 0xeb, 0x3, 0x2, 0x2, 0x2, 0xea, 
    0xd9, 0x3, 0x2, 0x2, 0x2, 0xea, 0xeb, 0x3, 0x2, 0x2, 0x2, 0xeb, 0xd, 
    0x3, 0x2, 0x2, 0x2, 0xec, 0xed, 0x5, 0x10, 0x9, 0x2, 0xed, 0xee, 0x7, 
    0xc, 0x2, 0x2, 0xee, 0xf0, 0x3, 0x2, 0x2, 0x2, 0xef, 0xec, 0x3, 0x2, 
    0x2, 0x2, 0xef, 0xf0, 0x3, 0x2, 0x2, 0x2, 0xf0, 0xf1, 0x3, 0x2, 0x2, 
    0x2, 0xf1, 0xf2, 0x7, 0x6c, 0x2, 0x2, 0xf2, 0xf, 0x3, 0x2, 0x2, 0x2, 
    0xf3, 0xf9, 0x5, 0x9a, 0x4e, 0x2, 0xf4, 0xf5, 0x5, 0x12, 0xa, 0x2, 0xf5, 
    0xf6, 0x5, 0x9a, 0x4e, 0x2, 0xf6, 0xf8, 0x3, 0x2, 0x2, 0x2, 0xf7, 0xf4, 
    0x3, 0x2, 0x2, 0x2, 0xf8, 0xfb, 0x3, 0x2, 0x2, 0x2, 0xf9, 0xf7, 0x3, 
    0x2, 0x2, 0x2, 0xf9, 0xfa, 0x3, 0x2, 0x2, 0x2, 0xfa, 0xfe, 0x3, 0x2, 
    0x2, 0x2, 0xfb, 0xf9, 0x3, 0x2, 0x2, 0x2, 0xfc, 0xfe, 0x7, 0x6c, 0x2, 
    0x2, 0xfd, 0xf3, 0x3, 0x2, 0x2, 0x2, 0xfd, 0xfc, 0x3, 0x2, 0x2, 0x2, 
    0xfe, 0x11, 0x3, 0x2, 0x2, 0x2, 0xff, 0x100, 0x9, 0x2, 0x2, 0x2, 0x100, 
    0x13, 0x3, 0x2, 0x2, 0x2, 0x101, 0x103, 0x5, 0xc, 0x7, 0x2, 0x102, 0x101, 
    0x3, 0x2, 0x2, 0x2, 0x103, 0x106, 0x3, 0x2, 0x2, 0x2, 0x104, 0x102, 
    0x3, 0x2, 0x2, 0x2, 0x104, 0x105, 0x3, 0x2, 0x2, 0x2, 0x105, 0x107, 
    0x3, 0x2, 0x2, 0x2, 0x106, 0x104, 0x3, 0x2, 0x2, 0x2, 0x107, 0x108, 
    0x7, 0x1e, 0x2, 0x2, 0x108, 0x109, 0x7, 0x1d, 0x2, 0x2, 0x109, 0x10a, 
    0x5, 0x40, 0x21, 0x2, 0x10a, 0x10b, 0x5, 0x1a, 0xe, 0x2, 0x10b, 0x15, 
    0x3, 0x2, 0x2, 0x2, 0x10c, 0x10e, 0x5, 0xc, 0x7, 0x2, 0x10d, 0x10c, 
    0x3, 0x2, 0x2, 0x2, 0x10e, 0x111, 0x3, 0x2, 0x2, 0x2, 0x10f, 0x10d, 
    0x3, 0x2, 0x2, 0x2, 0x10f, 0x110, 0x3, 0x2, 0x2, 0x2, 0x110, 0x112, 
    0x3, 0x2, 0x2, 0x2, 0x111, 0x10f, 0x3, 0x2, 0x2, 0x2, 0x112, 0x113, 
    0x7, 0x1e, 0x2, 0x2, 0x113, 0x114, 0x7, 0x21, 0x2, 0x2, 0x114, 0x115, 
    0x5, 0x40, 0x21, 0x2, 0x115, 0x116, 0x5, 0x1a, 0xe, 0x2, 0x116, 0x17, 
    0x3, 0x2, 0x2, 0x2, 0x117, 0x119, 0x5, 0xc, 0x7, 0x2, 0x118, 0x117, 
    0x3, 0x2, 0x2, 0x2, 0x119, 0x11c, 0x3, 0x2, 0x2, 0x2, 0x11a, 0x118, 
    0x3, 0x2, 0x2, 0x2, 0x11a, 0x11b, 0x3, 0x2, 0x2, 0x2, 0x11b, 0x11d, 
    0x3, 0x2, 0x2, 0x2, 0x11c, 0x11a, 0x3, 0x2, 0x2, 0x2, 0x11d, 0x11e, 
    0x7, 0x1e, 0x2, 0x2, 0x11e, 0x11f, 0x7, 0x24, 0x2, 0x2, 0x11f, 0x120, 
    0x5, 0x40, 0x21, 0x2, 0x120, 0x121, 0x5, 0x1a, 0xe, 0x2, 0x121, 0x124, 
    0x5, 0x88, 0x45, 0x2, 0x122, 0x123, 0x7, 0x35, 0x2, 0x2, 0x123, 0x125, 
    0x5, 0x74, 0x3b, 0x2, 0x124, 0x122, 0x3, 0x2, 0x2, 0x2, 0x124, 0x125, 
    0x3, 0x2, 0x2, 0x2, 0x125, 0x19, 0x3, 0x2, 0x2, 0x2, 0x126, 0x127, 0x7, 
    0x7, 0x2, 0x2, 0x127, 0x12c, 0x5, 0x1c, 0xf, 0x2, 0x128, 0x129, 0x7, 
    0xb, 0x2, 0x2, 0x129, 0x12b, 0x5, 0x1c, 0xf, 0x2, 0x12a, 0x128, 0x3, 
    0x2, 0x2, 0x2, 0x12b, 0x12e, 0x3, 0x2, 0x2, 0x2, 0x12c, 0x12a, 0x3, 
    0x2, 0x2, 0x2, 0x12c, 0x12d, 0x3, 0x2, 0x2, 0x2, 0x12d, 0x12f, 0x3, 
    0x2, 0x2, 0x2, 0x12e, 0x12c, 0x3, 0x2, 0x2, 0x2, 0x12f, 0x130, 0x7, 
    0x8, 0x2, 0x2, 0x130, 0x1b, 0x3, 0x2, 0x2, 0x2, 0x131, 0x132, 0x5, 0x9a, 
    0x4e, 0x2, 0x132, 0x133, 0x5, 0x1e, 0x10, 0x2, 0x133, 0x1d, 0x3, 0x2, 
    0x2, 0x2, 0x134, 0x135, 0x9, 0x3, 0x2, 0x2, 0x135, 0x1f, 0x3, 0x2, 0x2, 
    0x2, 0x136, 0x137, 0x7, 0x1e, 0x2, 0x2, 0x137, 0x138, 0x7, 0x20, 0x2, 
    0x2, 0x138, 0x139, 0x5, 0x9a, 0x4e, 0x2, 0x139, 0x13d, 0x7, 0x3d, 0x2, 
    0x2, 0x13a, 0x13b, 0x7, 0x49, 0x2, 0x2, 0x13b, 0x13e, 0x5, 0x94, 0x4b, 
    0x2, 0x13c, 0x13e, 0x7, 0x6c, 0x2, 0x2, 0x13d, 0x13a, 0x3, 0x2, 0x2, 
    0x2, 0x13d, 0x13c, 0x3, 0x2, 0x2, 0x2, 0x13e, 0x21, 0x3, 0x2, 0x2, 0x2, 
    0x13f, 0x140, 0x7, 0x1e, 0x2, 0x2, 0x140, 0x141, 0x7, 0x1f, 0x2, 0x2, 
    0x141, 0x142, 0x5, 0x9a, 0x4e, 0x2, 0x142, 0x143, 0x7, 0x9, 0x2, 0x2, 
    0x143, 0x144, 0x5, 0x9a, 0x4e, 0x2, 0x144, 0x145, 0x7, 0xa, 0x2, 0x2, 
    0x145, 0x146, 0x7, 0x32, 0x2, 0x2, 0x146, 0x147, 0x5, 0x1e, 0x10, 0x2, 
    0x147, 0x148, 0x7, 0x6f, 0x2, 0x2, 0x148, 0x23, 0x3, 0x2, 0x2, 0x2, 
    0x149, 0x14b, 0x5, 0xc, 0x7, 0x2, 0x14a, 0x149, 0x3, 0x2, 0x2, 0x2, 
    0x14b, 0x14e, 0x3, 0x2, 0x2, 0x2, 0x14c, 0x14a, 0x3, 0x2, 0x2, 0x2, 
    0x14c, 0x14d, 0x3, 0x2, 0x2, 0x2, 0x14d, 0x14f, 0x3, 0x2, 0x2, 0x2, 
    0x14e, 0x14c, 0x3, 0x2, 0x2, 0x2, 0x14f, 0x150, 0x7, 0x1e, 0x2, 0x2, 
    0x150, 0x151, 0x7, 0x54, 0x2, 0x2, 0x151, 0x152, 0x5, 0x9a, 0x4e, 0x2, 
    0x152, 0x153, 0x7, 0x22, 0x2, 0x2, 0x153, 0x154, 0x5, 0x34, 0x1b, 0x2, 
    0x154, 0x155, 0x5, 0x26, 0x14, 0x2, 0x155, 0x158, 0x7, 0x55, 0x2, 0x2, 
    0x156, 0x157, 0x7, 0x27, 0x2, 0x2, 0x157, 0x159, 0x5, 0x8e, 0x48, 0x2, 
    0x158, 0x156, 0x3, 0x2, 0x2, 0x2, 0x158, 0x159, 0x3, 0x2, 0x2, 0x2, 
    0x159, 0x15a, 0x3, 0x2, 0x2, 0x2, 0x15a, 0x15b, 0x7, 0x49, 0x2, 0x2, 
    0x15b, 0x15c, 0x5, 0x28, 0x15, 0x2, 0x15c, 0x25, 0x3, 0x2, 0x2, 0x2, 
    0x15d, 0x167, 0x7, 0x25, 0x2, 0x2, 0x15e, 0x168, 0x7, 0xd, 0x2, 0x2, 
    0x15f, 0x164, 0x5, 0x60, 0x31, 0x2, 0x160, 0x161, 0x7, 0xb, 0x2, 0x2, 
    0x161, 0x163, 0x5, 0x60, 0x31, 0x2, 0x162, 0x160, 0x3, 0x2, 0x2, 0x2, 
    0x163, 0x166, 0x3, 0x2, 0x2, 0x2, 0x164, 0x162, 0x3, 0x2, 0x2, 0x2, 
    0x164, 0x165, 0x3, 0x2, 0x2, 0x2, 0x165, 0x168, 0x3, 0x2, 0x2, 0x2, 
    0x166, 0x164, 0x3, 0x2, 0x2, 0x2, 0x167, 0x15e, 0x3, 0x2, 0x2, 0x2, 
    0x167, 0x15f, 0x3, 0x2, 0x2, 0x2, 0x168, 0x16a, 0x3, 0x2, 0x2, 0x2, 
    0x169, 0x16b, 0x5, 0x62, 0x32, 0x2, 0x16a, 0x169, 0x3, 0x2, 0x2, 0x2, 
    0x16a, 0x16b, 0x3, 0x2, 0x2, 0x2, 0x16b, 0x27, 0x3, 0x2, 0x2, 0x2, 0x16c, 
    0x16d, 0x5, 0x98, 0x4d, 0x2, 0x16d, 0x16e, 0x7, 0x5, 0x2, 0x2, 0x16e, 
    0x16f, 0x5, 0x98, 0x4d, 0x2, 0x16f, 0x179, 0x3, 0x2, 0x2, 0x2, 0x170, 
    0x175, 0x5, 0x98, 0x4d, 0x2, 0x171, 0x172, 0x7, 0xb, 0x2, 0x2, 0x172, 
    0x174, 0x5, 0x98, 0x4d, 0x2, 0x173, 0x171, 0x3, 0x2, 0x2, 0x2, 0x174, 
    0x177, 0x3, 0x2, 0x2, 0x2, 0x175, 0x173, 0x3, 0x2, 0x2, 0x2, 0x175, 
    0x176, 0x3, 0x2, 0x2, 0x2, 0x176, 0x179, 0x3, 0x2, 0x2, 0x2, 0x177, 
    0x175, 0x3, 0x2, 0x2, 0x2, 0x178, 0x16c, 0x3, 0x2, 0x2, 0x2, 0x178, 
    0x170, 0x3, 0x2, 0x2, 0x2, 0x179, 0x29, 0x3, 0x2, 0x2, 0x2, 0x17a, 0x17c, 
    0x5, 0xc, 0x7, 0x2, 0x17b, 0x17a, 0x3, 0x2, 0x2, 0x2, 0x17c, 0x17f, 
    0x3, 0x2, 0x2, 0x2, 0x17d, 0x17b, 0x3, 0x2, 0x2, 0x2, 0x17d, 0x17e, 
    0x3, 0x2, 0x2, 0x2, 0x17e, 0x180, 0x3, 0x2, 0x2, 0x2, 0x17f, 0x17d, 
    0x3, 0x2, 0x2, 0x2, 0x180, 0x181, 0x7, 0x23, 0x2, 0x2, 0x181, 0x182, 
    0x7, 0x45, 0x2, 0x2, 0x182, 0x183, 0x7, 0x7, 0x2, 0x2, 0x183, 0x188, 
    0x5, 0x2c, 0x17, 0x2, 0x184, 0x185, 0x7, 0xb, 0x2, 0x2, 0x185, 0x187, 
    0x5, 0x2c, 0x17, 0x2, 0x186, 0x184, 0x3, 0x2, 0x2, 0x2, 0x187, 0x18a, 
    0x3, 0x2, 0x2, 0x2, 0x188, 0x186, 0x3, 0x2, 0x2, 0x2, 0x188, 0x189, 
    0x3, 0x2, 0x2, 0x2, 0x189, 0x18b, 0x3, 0x2, 0x2, 0x2, 0x18a, 0x188, 
    0x3, 0x2, 0x2, 0x2, 0x18b, 0x18c, 0x7, 0x8, 0x2, 0x2, 0x18c, 0x18d, 
    0x7, 0x46, 0x2, 0x2, 0x18d, 0x192, 0x5, 0x30, 0x19, 0x2, 0x18e, 0x18f, 
    0x7, 0x4, 0x2, 0x2, 0x18f, 0x191, 0x5, 0x30, 0x19, 0x2, 0x190, 0x18e, 
    0x3, 0x2, 0x2, 0x2, 0x191, 0x194, 0x3, 0x2, 0x2, 0x2, 0x192, 0x190, 
    0x3, 0x2, 0x2, 0x2, 0x192, 0x193, 0x3, 0x2, 0x2, 0x2, 0x193, 0x196, 
    0x3, 0x2, 0x2, 0x2, 0x194, 0x192, 0x3, 0x2, 0x2, 0x2, 0x195, 0x197, 
    0x7, 0x4, 0x2, 0x2, 0x196, 0x195, 0x3, 0x2, 0x2, 0x2, 0x196, 0x197, 
    0x3, 0x2, 0x2, 0x2, 0x197, 0x198, 0x3, 0x2, 0x2, 0x2, 0x198, 0x199, 
    0x7, 0x47, 0x2, 0x2, 0x199, 0x2b, 0x3, 0x2, 0x2, 0x2, 0x19a, 0x19f, 
    0x5, 0x2e, 0x18, 0x2, 0x19b, 0x19c, 0x7, 0x3e, 0x2, 0x2, 0x19c, 0x19e, 
    0x5, 0x2e, 0x18, 0x2, 0x19d, 0x19b, 0x3, 0x2, 0x2, 0x2, 0x19e, 0x1a1, 
    0x3, 0x2, 0x2, 0x2, 0x19f, 0x19d, 0x3, 0x2, 0x2, 0x2, 0x19f, 0x1a0, 
    0x3, 0x2, 0x2, 0x2, 0x1a0, 0x1a2, 0x3, 0x2, 0x2, 0x2, 0x1a1, 0x19f, 
    0x3, 0x2, 0x2, 0x2, 0x1a2, 0x1a3, 0x7, 0x3b, 0x2, 0x2, 0x1a3, 0x1a4, 
    0x5, 0x9a, 0x4e, 0x2, 0x1a4, 0x1aa, 0x3, 0x2, 0x2, 0x2, 0x1a5, 0x1a6, 
    0x5, 0x86, 0x44, 0x2, 0x1a6, 0x1a7, 0x7, 0x3b, 0x2, 0x2, 0x1a7, 0x1a8, 
    0x5, 0x9a, 0x4e, 0x2, 0x1a8, 0x1aa, 0x3, 0x2, 0x2, 0x2, 0x1a9, 0x19a, 
    0x3, 0x2, 0x2, 0x2, 0x1a9, 0x1a5, 0x3, 0x2, 0x2, 0x2, 0x1aa, 0x2d, 0x3, 
    0x2, 0x2, 0x2, 0x1ab, 0x1ac, 0x5, 0x86, 0x44, 0x2, 0x1ac, 0x1ad, 0x7, 
    0x3c, 0x2, 0x2, 0x1ad, 0x1ae, 0x7, 0x6c, 0x2, 0x2, 0x1ae, 0x2f, 0x3, 
    0x2, 0x2, 0x2, 0x1af, 0x1b1, 0x5, 0xc, 0x7, 0x2, 0x1b0, 0x1af, 0x3, 
    0x2, 0x2, 0x2, 0x1b1, 0x1b4, 0x3, 0x2, 0x2, 0x2, 0x1b2, 0x1b0, 0x3, 
    0x2, 0x2, 0x2, 0x1b2, 0x1b3, 0x3, 0x2, 0x2, 0x2, 0x1b3, 0x1b5, 0x3, 
    0x2, 0x2, 0x2, 0x1b4, 0x1b2, 0x3, 0x2, 0x2, 0x2, 0x1b5, 0x1b6, 0x7, 
    0x22, 0x2, 0x2, 0x1b6, 0x1b8, 0x5, 0x32, 0x1a, 0x2, 0x1b7, 0x1b9, 0x5, 
    0x5e, 0x30, 0x2, 0x1b8, 0x1b7, 0x3, 0x2, 0x2, 0x2, 0x1b8, 0x1b9, 0x3, 
    0x2, 0x2, 0x2, 0x1b9, 0x1bb, 0x3, 0x2, 0x2, 0x2, 0x1ba, 0x1bc, 0x5, 
    0x6e, 0x38, 0x2, 0x1bb, 0x1ba, 0x3, 0x2, 0x2, 0x2, 0x1bb, 0x1bc, 0x3, 
    0x2, 0x2, 0x2, 0x1bc, 0x1bd, 0x3, 0x2, 0x2, 0x2, 0x1bd, 0x1be, 0x5, 
    0x70, 0x39, 0x2, 0x1be, 0x31, 0x3, 0x2, 0x2, 0x2, 0x1bf, 0x1c4, 0x5, 
    0x34, 0x1b, 0x2, 0x1c0, 0x1c4, 0x5, 0x42, 0x22, 0x2, 0x1c1, 0x1c4, 0x5, 
    0x48, 0x25, 0x2, 0x1c2, 0x1c4, 0x5, 0x58, 0x2d, 0x2, 0x1c3, 0x1bf, 0x3, 
    0x2, 0x2, 0x2, 0x1c3, 0x1c0, 0x3, 0x2, 0x2, 0x2, 0x1c3, 0x1c1, 0x3, 
    0x2, 0x2, 0x2, 0x1c3, 0x1c2, 0x3, 0x2, 0x2, 0x2, 0x1c4, 0x33, 0x3, 0x2, 
    0x2, 0x2, 0x1c5, 0x1c7, 0x5, 0x40, 0x21, 0x2, 0x1c6, 0x1c8, 0x5, 0x36, 
    0x1c, 0x2, 0x1c7, 0x1c6, 0x3, 0x2, 0x2, 0x2, 0x1c7, 0x1c8, 0x3, 0x2, 
    0x2, 0x2, 0x1c8, 0x1cd, 0x3, 0x2, 0x2, 0x2, 0x1c9, 0x1cb, 0x5, 0x3e, 
    0x20, 0x2, 0x1ca, 0x1cc, 0x5, 0x36, 0x1c, 0x2, 0x1cb, 0x1ca, 0x3, 0x2, 
    0x2, 0x2, 0x1cb, 0x1cc, 0x3, 0x2, 0x2, 0x2, 0x1cc, 0x1ce, 0x3, 0x2, 
    0x2, 0x2, 0x1cd, 0x1c9, 0x3, 0x2, 0x2, 0x2, 0x1cd, 0x1ce, 0x3, 0x2, 
    0x2, 0x2, 0x1ce, 0x35, 0x3, 0x2, 0x2, 0x2, 0x1cf, 0x1d1, 0x5, 0x38, 
    0x1d, 0x2, 0x1d0, 0x1cf, 0x3, 0x2, 0x2, 0x2, 0x1d1, 0x1d2, 0x3, 0x2, 
    0x2, 0x2, 0x1d2, 0x1d0, 0x3, 0x2, 0x2, 0x2, 0x1d2, 0x1d3, 0x3, 0x2, 
    0x2, 0x2, 0x1d3, 0x37, 0x3, 0x2, 0x2, 0x2, 0x1d4, 0x1d7, 0x5, 0x3a, 
    0x1e, 0x2, 0x1d5, 0x1d7, 0x5, 0x3c, 0x1f, 0x2, 0x1d6, 0x1d4, 0x3, 0x2, 
    0x2, 0x2, 0x1d6, 0x1d5, 0x3, 0x2, 0x2, 0x2, 0x1d7, 0x39, 0x3, 0x2, 0x2, 
    0x2, 0x1d8, 0x1da, 0x7, 0x1c, 0x2, 0x2, 0x1d9, 0x1d8, 0x3, 0x2, 0x2, 
    0x2, 0x1d9, 0x1da, 0x3, 0x2, 0x2, 0x2, 0x1da, 0x1db, 0x3, 0x2, 0x2, 
    0x2, 0x1db, 0x1dc, 0x7, 0x9, 0x2, 0x2, 0x1dc, 0x1dd, 0x5, 0x86, 0x44, 
    0x2, 0x1dd, 0x1de, 0x7, 0xa, 0x2, 0x2, 0x1de, 0x3b, 0x3, 0x2, 0x2, 0x2, 
    0x1df, 0x1e0, 0x7, 0x1c, 0x2, 0x2, 0x1e0, 0x1e1, 0x5, 0x88, 0x45, 0x2, 
    0x1e1, 0x3d, 0x3, 0x2, 0x2, 0x2, 0x1e2, 0x1e3, 0x7, 0x1c, 0x2, 0x2, 
    0x1e3, 0x1e4, 0x7, 0x24, 0x2, 0x2, 0x1e4, 0x1e5, 0x7, 0x6, 0x2, 0x2, 
    0x1e5, 0x1e6, 0x5, 0x88, 0x45, 0x2, 0x1e6, 0x3f, 0x3, 0x2, 0x2, 0x2, 
    0x1e7, 0x1ea, 0x7, 0x1c, 0x2, 0x2, 0x1e8, 0x1ea, 0x7, 0x19, 0x2, 0x2, 
    0x1e9, 0x1e7, 0x3, 0x2, 0x2, 0x2, 0x1e9, 0x1e8, 0x3, 0x2, 0x2, 0x2, 
    0x1e9, 0x1ea, 0x3, 0x2, 0x2, 0x2, 0x1ea, 0x1eb, 0x3, 0x2, 0x2, 0x2, 
    0x1eb, 0x1ec, 0x5, 0x9a, 0x4e, 0x2, 0x1ec, 0x41, 0x3, 0x2, 0x2, 0x2, 
    0x1ed, 0x1f7, 0x5, 0x44, 0x23, 0x2, 0x1ee, 0x1ef, 0x5, 0x46, 0x24, 0x2, 
    0x1ef, 0x1f1, 0x5, 0x44, 0x23, 0x2, 0x1f0, 0x1f2, 0x7, 0x53, 0x2, 0x2, 
    0x1f1, 0x1f0, 0x3, 0x2, 0x2, 0x2, 0x1f1, 0x1f2, 0x3, 0x2, 0x2, 0x2, 
    0x1f2, 0x1f8, 0x3, 0x2, 0x2, 0x2, 0x1f3, 0x1f4, 0x7, 0x53, 0x2, 0x2, 
    0x1f4, 0x1f5, 0x5, 0x46, 0x24, 0x2, 0x1f5, 0x1f6, 0x5, 0x44, 0x23, 0x2, 
    0x1f6, 0x1f8, 0x3, 0x2, 0x2, 0x2, 0x1f7, 0x1ee, 0x3, 0x2, 0x2, 0x2, 
    0x1f7, 0x1f3, 0x3, 0x2, 0x2, 0x2, 0x1f8, 0x1fb, 0x3, 0x2, 0x2, 0x2, 
    0x1f9, 0x1fa, 0x7, 0x41, 0x2, 0x2, 0x1fa, 0x1fc, 0x5, 0x86, 0x44, 0x2, 
    0x1fb, 0x1f9, 0x3, 0x2, 0x2, 0x2, 0x1fb, 0x1fc, 0x3, 0x2, 0x2, 0x2, 
    0x1fc, 0x200, 0x3, 0x2, 0x2, 0x2, 0x1fd, 0x1fe, 0x5, 0x82, 0x42, 0x2, 
    0x1fe, 0x1ff, 0x5, 0x84, 0x43, 0x2, 0x1ff, 0x201, 0x3, 0x2, 0x2, 0x2, 
    0x200, 0x1fd, 0x3, 0x2, 0x2, 0x2, 0x200, 0x201, 0x3, 0x2, 0x2, 0x2, 
    0x201, 0x43, 0x3, 0x2, 0x2, 0x2, 0x202, 0x204, 0x5, 0x40, 0x21, 0x2, 
    0x203, 0x205, 0x5, 0x36, 0x1c, 0x2, 0x204, 0x203, 0x3, 0x2, 0x2, 0x2, 
    0x204, 0x205, 0x3, 0x2, 0x2, 0x2, 0x205, 0x207, 0x3, 0x2, 0x2, 0x2, 
    0x206, 0x208, 0x5, 0x3e, 0x20, 0x2, 0x207, 0x206, 0x3, 0x2, 0x2, 0x2, 
    0x207, 0x208, 0x3, 0x2, 0x2, 0x2, 0x208, 0x20b, 0x3, 0x2, 0x2, 0x2, 
    0x209, 0x20a, 0x7, 0x3c, 0x2, 0x2, 0x20a, 0x20c, 0x5, 0x9a, 0x4e, 0x2, 
    0x20b, 0x209, 0x3, 0x2, 0x2, 0x2, 0x20b, 0x20c, 0x3, 0x2, 0x2, 0x2, 
    0x20c, 0x45, 0x3, 0x2, 0x2, 0x2, 0x20d, 0x20e, 0x7, 0x51, 0x2, 0x2, 
    0x20e, 0x20f, 0x7, 0x4f, 0x2, 0x2, 0x20f, 0x21d, 0x7, 0x4d, 0x2, 0x2, 
    0x210, 0x211, 0x7, 0x50, 0x2, 0x2, 0x211, 0x212, 0x7, 0x4f, 0x2, 0x2, 
    0x212, 0x21d, 0x7, 0x4d, 0x2, 0x2, 0x213, 0x214, 0x7, 0x52, 0x2, 0x2, 
    0x214, 0x215, 0x7, 0x4f, 0x2, 0x2, 0x215, 0x21d, 0x7, 0x4d, 0x2, 0x2, 
    0x216, 0x217, 0x7, 0x4f, 0x2, 0x2, 0x217, 0x21d, 0x7, 0x4d, 0x2, 0x2, 
    0x218, 0x21a, 0x7, 0x4e, 0x2, 0x2, 0x219, 0x218, 0x3, 0x2, 0x2, 0x2, 
    0x219, 0x21a, 0x3, 0x2, 0x2, 0x2, 0x21a, 0x21b, 0x3, 0x2, 0x2, 0x2, 
    0x21b, 0x21d, 0x7, 0x4d, 0x2, 0x2, 0x21c, 0x20d, 0x3, 0x2, 0x2, 0x2, 
    0x21c, 0x210, 0x3, 0x2, 0x2, 0x2, 0x21c, 0x213, 0x3, 0x2, 0x2, 0x2, 
    0x21c, 0x216, 0x3, 0x2, 0x2, 0x2, 0x21c, 0x219, 0x3, 0x2, 0x2, 0x2, 
    0x21d, 0x47, 0x3, 0x2, 0x2, 0x2, 0x21e, 0x220, 0x5, 0x4a, 0x26, 0x2, 
    0x21f, 0x221, 0x5, 0x7e, 0x40, 0x2, 0x220, 0x21f, 0x3, 0x2, 0x2, 0x2, 
    0x220, 0x221, 0x3, 0x2, 0x2, 0x2, 0x221, 0x49, 0x3, 0x2, 0x2, 0x2, 0x222, 
    0x227, 0x5, 0x4c, 0x27, 0x2, 0x223, 0x224, 0x7, 0x1b, 0x2, 0x2, 0x224, 
    0x226, 0x5, 0x4c, 0x27, 0x2, 0x225, 0x223, 0x3, 0x2, 0x2, 0x2, 0x226, 
    0x229, 0x3, 0x2, 0x2, 0x2, 0x227, 0x225, 0x3, 0x2, 0x2, 0x2, 0x227, 
    0x228, 0x3, 0x2, 0x2, 0x2, 0x228, 0x4b, 0x3, 0x2, 0x2, 0x2, 0x229, 0x227, 
    0x3, 0x2, 0x2, 0x2, 0x22a, 0x22c, 0x7, 0x49, 0x2, 0x2, 0x22b, 0x22a, 
    0x3, 0x2, 0x2, 0x2, 0x22b, 0x22c, 0x3, 0x2, 0x2, 0x2, 0x22c, 0x22d, 
    0x3, 0x2, 0x2, 0x2, 0x22d, 0x22e, 0x7, 0x7, 0x2, 0x2, 0x22e, 0x22f, 
    0x5, 0x4a, 0x26, 0x2, 0x22f, 0x230, 0x7, 0x8, 0x2, 0x2, 0x230, 0x236, 
    0x3, 0x2, 0x2, 0x2, 0x231, 0x233, 0x7, 0x49, 0x2, 0x2, 0x232, 0x231, 
    0x3, 0x2, 0x2, 0x2, 0x232, 0x233, 0x3, 0x2, 0x2, 0x2, 0x233, 0x234, 
    0x3, 0x2, 0x2, 0x2, 0x234, 0x236, 0x5, 0x4e, 0x28, 0x2, 0x235, 0x22b, 
    0x3, 0x2, 0x2, 0x2, 0x235, 0x232, 0x3, 0x2, 0x2, 0x2, 0x236, 0x4d, 0x3, 
    0x2, 0x2, 0x2, 0x237, 0x238, 0x5, 0x50, 0x29, 0x2, 0x238, 0x239, 0x9, 
    0x4, 0x2, 0x2, 0x239, 0x23a, 0x5, 0x50, 0x29, 0x2, 0x23a, 0x246, 0x3, 
    0x2, 0x2, 0x2, 0x23b, 0x23c, 0x5, 0x52, 0x2a, 0x2, 0x23c, 0x23d, 0x7, 
    0x13, 0x2, 0x2, 0x23d, 0x23e, 0x5, 0x56, 0x2c, 0x2, 0x23e, 0x23f, 0x7, 
    0x15, 0x2, 0x2, 0x23f, 0x246, 0x3, 0x2, 0x2, 0x2, 0x240, 0x241, 0x7, 
    0x43, 0x2, 0x2, 0x241, 0x242, 0x5, 0x54, 0x2b, 0x2, 0x242, 0x243, 0x5, 
    0x80, 0x41, 0x2, 0x243, 0x246, 0x3, 0x2, 0x2, 0x2, 0x244, 0x246, 0x5, 
    0x52, 0x2a, 0x2, 0x245, 0x237, 0x3, 0x2, 0x2, 0x2, 0x245, 0x23b, 0x3, 
    0x2, 0x2, 0x2, 0x245, 0x240, 0x3, 0x2, 0x2, 0x2, 0x245, 0x244, 0x3, 
    0x2, 0x2, 0x2, 0x246, 0x4f, 0x3, 0x2, 0x2, 0x2, 0x247, 0x24e, 0x5, 0x52, 
    0x2a, 0x2, 0x248, 0x249, 0x7, 0x43, 0x2, 0x2, 0x249, 0x24b, 0x5, 0x54, 
    0x2b, 0x2, 0x24a, 0x24c, 0x5, 0x80, 0x41, 0x2, 0x24b, 0x24a, 0x3, 0x2, 
    0x2, 0x2, 0x24b, 0x24c, 0x3, 0x2, 0x2, 0x2, 0x24c, 0x24e, 0x3, 0x2, 
    0x2, 0x2, 0x24d, 0x247, 0x3, 0x2, 0x2, 0x2, 0x24d, 0x248, 0x3, 0x2, 
    0x2, 0x2, 0x24e, 0x51, 0x3, 0x2, 0x2, 0x2, 0x24f, 0x250, 0x5, 0x9a, 
    0x4e, 0x2, 0x250, 0x251, 0x7, 0xc, 0x2, 0x2, 0x251, 0x253, 0x3, 0x2, 
    0x2, 0x2, 0x252, 0x24f, 0x3, 0x2, 0x2, 0x2, 0x252, 0x253, 0x3, 0x2, 
    0x2, 0x2, 0x253, 0x254, 0x3, 0x2, 0x2, 0x2, 0x254, 0x255, 0x5, 0x54, 
    0x2b, 0x2, 0x255, 0x53, 0x3, 0x2, 0x2, 0x2, 0x256, 0x258, 0x5, 0x40, 
    0x21, 0x2, 0x257, 0x259, 0x5, 0x36, 0x1c, 0x2, 0x258, 0x257, 0x3, 0x2, 
    0x2, 0x2, 0x258, 0x259, 0x3, 0x2, 0x2, 0x2, 0x259, 0x55, 0x3, 0x2, 0x2, 
    0x2, 0x25a, 0x263, 0x7, 0x68, 0x2, 0x2, 0x25b, 0x25c, 0x7, 0x68, 0x2, 
    0x2, 0x25c, 0x25d, 0x7, 0x3, 0x2, 0x2, 0x25d, 0x263, 0x7, 0x68, 0x2, 
    0x2, 0x25e, 0x25f, 0x7, 0x68, 0x2, 0x2, 0x25f, 0x263, 0x7, 0x3, 0x2, 
    0x2, 0x260, 0x261, 0x7, 0x3, 0x2, 0x2, 0x261, 0x263, 0x7, 0x68, 0x2, 
    0x2, 0x262, 0x25a, 0x3, 0x2, 0x2, 0x2, 0x262, 0x25b, 0x3, 0x2, 0x2, 
    0x2, 0x262, 0x25e, 0x3, 0x2, 0x2, 0x2, 0x262, 0x260, 0x3, 0x2, 0x2, 
    0x2, 0x263, 0x57, 0x3, 0x2, 0x2, 0x2, 0x264, 0x267, 0x5, 0x5a, 0x2e, 
    0x2, 0x265, 0x266, 0x7, 0xb, 0x2, 0x2, 0x266, 0x268, 0x5, 0x5a, 0x2e, 
    0x2, 0x267, 0x265, 0x3, 0x2, 0x2, 0x2, 0x268, 0x269, 0x3, 0x2, 0x2, 
    0x2, 0x269, 0x267, 0x3, 0x2, 0x2, 0x2, 0x269, 0x26a, 0x3, 0x2, 0x2, 
    0x2, 0x26a, 0x26c, 0x3, 0x2, 0x2, 0x2, 0x26b, 0x26d, 0x5, 0x7e, 0x40, 
    0x2, 0x26c, 0x26b, 0x3, 0x2, 0x2, 0x2, 0x26c, 0x26d, 0x3, 0x2, 0x2, 
    0x2, 0x26d, 0x59, 0x3, 0x2, 0x2, 0x2, 0x26e, 0x270, 0x7, 0x49, 0x2, 
    0x2, 0x26f, 0x26e, 0x3, 0x2, 0x2, 0x2, 0x26f, 0x270, 0x3, 0x2, 0x2, 
    0x2, 0x270, 0x271, 0x3, 0x2, 0x2, 0x2, 0x271, 0x272, 0x7, 0x7, 0x2, 
    0x2, 0x272, 0x277, 0x5, 0x5a, 0x2e, 0x2, 0x273, 0x274, 0x7, 0xb, 0x2, 
    0x2, 0x274, 0x276, 0x5, 0x5a, 0x2e, 0x2, 0x275, 0x273, 0x3, 0x2, 0x2, 
    0x2, 0x276, 0x279, 0x3, 0x2, 0x2, 0x2, 0x277, 0x275, 0x3, 0x2, 0x2, 
    0x2, 0x277, 0x278, 0x3, 0x2, 0x2, 0x2, 0x278, 0x27a, 0x3, 0x2, 0x2, 
    0x2, 0x279, 0x277, 0x3, 0x2, 0x2, 0x2, 0x27a, 0x27b, 0x7, 0x8, 0x2, 
    0x2, 0x27b, 0x281, 0x3, 0x2, 0x2, 0x2, 0x27c, 0x27e, 0x7, 0x49, 0x2, 
    0x2, 0x27d, 0x27c, 0x3, 0x2, 0x2, 0x2, 0x27d, 0x27e, 0x3, 0x2, 0x2, 
    0x2, 0x27e, 0x27f, 0x3, 0x2, 0x2, 0x2, 0x27f, 0x281, 0x5, 0x5c, 0x2f, 
    0x2, 0x280, 0x26f, 0x3, 0x2, 0x2, 0x2, 0x280, 0x27d, 0x3, 0x2, 0x2, 
    0x2, 0x281, 0x5b, 0x3, 0x2, 0x2, 0x2, 0x282, 0x283, 0x5, 0x50, 0x29, 
    0x2, 0x283, 0x284, 0x9, 0x4, 0x2, 0x2, 0x284, 0x285, 0x5, 0x50, 0x29, 
    0x2, 0x285, 0x294, 0x3, 0x2, 0x2, 0x2, 0x286, 0x287, 0x5, 0x52, 0x2a, 
    0x2, 0x287, 0x288, 0x7, 0x13, 0x2, 0x2, 0x288, 0x289, 0x5, 0x56, 0x2c, 
    0x2, 0x289, 0x28a, 0x7, 0x15, 0x2, 0x2, 0x28a, 0x294, 0x3, 0x2, 0x2, 
    0x2, 0x28b, 0x28c, 0x5, 0x52, 0x2a, 0x2, 0x28c, 0x28d, 0x9, 0x5, 0x2, 
    0x2, 0x28d, 0x294, 0x3, 0x2, 0x2, 0x2, 0x28e, 0x28f, 0x7, 0x43, 0x2, 
    0x2, 0x28f, 0x290, 0x5, 0x54, 0x2b, 0x2, 0x290, 0x291, 0x5, 0x80, 0x41, 
    0x2, 0x291, 0x294, 0x3, 0x2, 0x2, 0x2, 0x292, 0x294, 0x5, 0x52, 0x2a, 
    0x2, 0x293, 0x282, 0x3, 0x2, 0x2, 0x2, 0x293, 0x286, 0x3, 0x2, 0x2, 
    0x2, 0x293, 0x28b, 0x3, 0x2, 0x2, 0x2, 0x293, 0x28e, 0x3, 0x2, 0x2, 
    0x2, 0x293, 0x292, 0x3, 0x2, 0x2, 0x2, 0x294, 0x5d, 0x3, 0x2, 0x2, 0x2, 
    0x295, 0x29f, 0x7, 0x25, 0x2, 0x2, 0x296, 0x2a0, 0x7, 0xd, 0x2, 0x2, 
    0x297, 0x29c, 0x5, 0x60, 0x31, 0x2, 0x298, 0x299, 0x7, 0xb, 0x2, 0x2, 
    0x299, 0x29b, 0x5, 0x60, 0x31, 0x2, 0x29a, 0x298, 0x3, 0x2, 0x2, 0x2, 
    0x29b, 0x29e, 0x3, 0x2, 0x2, 0x2, 0x29c, 0x29a, 0x3, 0x2, 0x2, 0x2, 
    0x29c, 0x29d, 0x3, 0x2, 0x2, 0x2, 0x29d, 0x2a0, 0x3, 0x2, 0x2, 0x2, 
    0x29e, 0x29c, 0x3, 0x2, 0x2, 0x2, 0x29f, 0x296, 0x3, 0x2, 0x2, 0x2, 
    0x29f, 0x297, 0x3, 0x2, 0x2, 0x2, 0x2a0, 0x2a2, 0x3, 0x2, 0x2, 0x2, 
    0x2a1, 0x2a3, 0x5, 0x62, 0x32, 0x2, 0x2a2, 0x2a1, 0x3, 0x2, 0x2, 0x2, 
    0x2a2, 0x2a3, 0x3, 0x2, 0x2, 0x2, 0x2a3, 0x2a5, 0x3, 0x2, 0x2, 0x2, 
    0x2a4, 0x2a6, 0x5, 0x64, 0x33, 0x2, 0x2a5, 0x2a4, 0x3, 0x2, 0x2, 0x2, 
    0x2a5, 0x2a6, 0x3, 0x2, 0x2, 0x2, 0x2a6, 0x2a8, 0x3, 0x2, 0x2, 0x2, 
    0x2a7, 0x2a9, 0x5, 0x66, 0x34, 0x2, 0x2a8, 0x2a7, 0x3, 0x2, 0x2, 0x2, 
    0x2a8, 0x2a9, 0x3, 0x2, 0x2, 0x2, 0x2a9, 0x2ab, 0x3, 0x2, 0x2, 0x2, 
    0x2aa, 0x2ac, 0x5, 0x6a, 0x36, 0x2, 0x2ab, 0x2aa, 0x3, 0x2, 0x2, 0x2, 
    0x2ab, 0x2ac, 0x3, 0x2, 0x2, 0x2, 0x2ac, 0x2ae, 0x3, 0x2, 0x2, 0x2, 
    0x2ad, 0x2af, 0x5, 0x6c, 0x37, 0x2, 0x2ae, 0x2ad, 0x3, 0x2, 0x2, 0x2, 
    0x2ae, 0x2af, 0x3, 0x2, 0x2, 0x2, 0x2af, 0x5f, 0x3, 0x2, 0x2, 0x2, 0x2b0, 
    0x2b1, 0x5, 0x86, 0x44, 0x2, 0x2b1, 0x2b2, 0x7, 0x3c, 0x2, 0x2, 0x2b2, 
    0x2b3, 0x5, 0x9a, 0x4e, 0x2, 0x2b3, 0x2b6, 0x3, 0x2, 0x2, 0x2, 0x2b4, 
    0x2b6, 0x5, 0x8e, 0x48, 0x2, 0x2b5, 0x2b0, 0x3, 0x2, 0x2, 0x2, 0x2b5, 
    0x2b4, 0x3, 0x2, 0x2, 0x2, 0x2b6, 0x61, 0x3, 0x2, 0x2, 0x2, 0x2b7, 0x2b8, 
    0x7, 0x26, 0x2, 0x2, 0x2b8, 0x2b9, 0x7, 0x27, 0x2, 0x2, 0x2b9, 0x2be, 
    0x5, 0x8e, 0x48, 0x2, 0x2ba, 0x2bb, 0x7, 0xb, 0x2, 0x2, 0x2bb, 0x2bd, 
    0x5, 0x8e, 0x48, 0x2, 0x2bc, 0x2ba, 0x3, 0x2, 0x2, 0x2, 0x2bd, 0x2c0, 
    0x3, 0x2, 0x2, 0x2, 0x2be, 0x2bc, 0x3, 0x2, 0x2, 0x2, 0x2be, 0x2bf, 
    0x3, 0x2, 0x2, 0x2, 0x2bf, 0x63, 0x3, 0x2, 0x2, 0x2, 0x2c0, 0x2be, 0x3, 
    0x2, 0x2, 0x2, 0x2c1, 0x2c2, 0x7, 0x2d, 0x2, 0x2, 0x2c2, 0x2c3, 0x5, 
    0x86, 0x44, 0x2, 0x2c3, 0x65, 0x3, 0x2, 0x2, 0x2, 0x2c4, 0x2c5, 0x7, 
    0x28, 0x2, 0x2, 0x2c5, 0x2c6, 0x7, 0x27, 0x2, 0x2, 0x2c6, 0x2cb, 0x5, 
    0x68, 0x35, 0x2, 0x2c7, 0x2c8, 0x7, 0xb, 0x2, 0x2, 0x2c8, 0x2ca, 0x5, 
    0x68, 0x35, 0x2, 0x2c9, 0x2c7, 0x3, 0x2, 0x2, 0x2, 0x2ca, 0x2cd, 0x3, 
    0x2, 0x2, 0x2, 0x2cb, 0x2c9, 0x3, 0x2, 0x2, 0x2, 0x2cb, 0x2cc, 0x3, 
    0x2, 0x2, 0x2, 0x2cc, 0x67, 0x3, 0x2, 0x2, 0x2, 0x2cd, 0x2cb, 0x3, 0x2, 
    0x2, 0x2, 0x2ce, 0x2d0, 0x5, 0x8e, 0x48, 0x2, 0x2cf, 0x2d1, 0x9, 0x6, 
    0x2, 0x2, 0x2d0, 0x2cf, 0x3, 0x2, 0x2, 0x2, 0x2d0, 0x2d1, 0x3, 0x2, 
    0x2, 0x2, 0x2d1, 0x69, 0x3, 0x2, 0x2, 0x2, 0x2d2, 0x2d3, 0x7, 0x29, 
    0x2, 0x2, 0x2d3, 0x2d4, 0x5, 0x86, 0x44, 0x2, 0x2d4, 0x6b, 0x3, 0x2, 
    0x2, 0x2, 0x2d5, 0x2d6, 0x7, 0x2a, 0x2, 0x2, 0x2d6, 0x2d7, 0x5, 0x86, 
    0x44, 0x2, 0x2d7, 0x6d, 0x3, 0x2, 0x2, 0x2, 0x2d8, 0x2da, 0x7, 0x35, 
    0x2, 0x2, 0x2d9, 0x2db, 0x9, 0x7, 0x2, 0x2, 0x2da, 0x2d9, 0x3, 0x2, 
    0x2, 0x2, 0x2da, 0x2db, 0x3, 0x2, 0x2, 0x2, 0x2db, 0x2dc, 0x3, 0x2, 
    0x2, 0x2, 0x2dc, 0x2dd, 0x7, 0x49, 0x2, 0x2, 0x2dd, 0x2de, 0x7, 0x68, 
    0x2, 0x2, 0x2de, 0x2ea, 0x7, 0x33, 0x2, 0x2, 0x2df, 0x2e1, 0x7, 0x35, 
    0x2, 0x2, 0x2e0, 0x2e2, 0x9, 0x7, 0x2, 0x2, 0x2e1, 0x2e0, 0x3, 0x2, 
    0x2, 0x2, 0x2e1, 0x2e2, 0x3, 0x2, 0x2, 0x2, 0x2e2, 0x2e3, 0x3, 0x2, 
    0x2, 0x2, 0x2e3, 0x2e4, 0x7, 0x49, 0x2, 0x2, 0x2e4, 0x2ea, 0x5, 0x94, 
    0x4b, 0x2, 0x2e5, 0x2e6, 0x7, 0x35, 0x2, 0x2, 0x2e6, 0x2e7, 0x7, 0x38, 
    0x2, 0x2, 0x2e7, 0x2e8, 0x7, 0x49, 0x2, 0x2, 0x2e8, 0x2ea, 0x5, 0x94, 
    0x4b, 0x2, 0x2e9, 0x2d8, 0x3, 0x2, 0x2, 0x2, 0x2e9, 0x2df, 0x3, 0x2, 
    0x2, 0x2, 0x2e9, 0x2e5, 0x3, 0x2, 0x2, 0x2, 0x2ea, 0x6f, 0x3, 0x2, 0x2, 
    0x2, 0x2eb, 0x2ed, 0x7, 0x2e, 0x2, 0x2, 0x2ec, 0x2ee, 0x5, 0x74, 0x3b, 
    0x2, 0x2ed, 0x2ec, 0x3, 0x2, 0x2, 0x2, 0x2ed, 0x2ee, 0x3, 0x2, 0x2, 
    0x2, 0x2ee, 0x2ef, 0x3, 0x2, 0x2, 0x2, 0x2ef, 0x2f0, 0x7, 0x34, 0x2, 
    0x2, 0x2f0, 0x31b, 0x5, 0x72, 0x3a, 0x2, 0x2f1, 0x2f2, 0x7, 0x2f, 0x2, 
    0x2, 0x2f2, 0x2f5, 0x5, 0x72, 0x3a, 0x2, 0x2f3, 0x2f4, 0x7, 0x39, 0x2, 
    0x2, 0x2f4, 0x2f6, 0x5, 0x74, 0x3b, 0x2, 0x2f5, 0x2f3, 0x3, 0x2, 0x2, 
    0x2, 0x2f5, 0x2f6, 0x3, 0x2, 0x2, 0x2, 0x2f6, 0x2f9, 0x3, 0x2, 0x2, 
    0x2, 0x2f7, 0x2f8, 0x7, 0x41, 0x2, 0x2, 0x2f8, 0x2fa, 0x5, 0x86, 0x44, 
    0x2, 0x2f9, 0x2f7, 0x3, 0x2, 0x2, 0x2, 0x2f9, 0x2fa, 0x3, 0x2, 0x2, 
    0x2, 0x2fa, 0x31b, 0x3, 0x2, 0x2, 0x2, 0x2fb, 0x2fc, 0x7, 0x30, 0x2, 
    0x2, 0x2fc, 0x2fd, 0x7, 0x3e, 0x2, 0x2, 0x2fd, 0x2fe, 0x7, 0x2e, 0x2, 
    0x2, 0x2fe, 0x2ff, 0x7, 0x34, 0x2, 0x2, 0x2ff, 0x302, 0x5, 0x72, 0x3a, 
    0x2, 0x300, 0x301, 0x7, 0x39, 0x2, 0x2, 0x301, 0x303, 0x5, 0x74, 0x3b, 
    0x2, 0x302, 0x300, 0x3, 0x2, 0x2, 0x2, 0x302, 0x303, 0x3, 0x2, 0x2, 
    0x2, 0x303, 0x305, 0x3, 0x2, 0x2, 0x2, 0x304, 0x306, 0x5, 0x76, 0x3c, 
    0x2, 0x305, 0x304, 0x3, 0x2, 0x2, 0x2, 0x305, 0x306, 0x3, 0x2, 0x2, 
    0x2, 0x306, 0x307, 0x3, 0x2, 0x2, 0x2, 0x307, 0x308, 0x7, 0x41, 0x2, 
    0x2, 0x308, 0x309, 0x5, 0x86, 0x44, 0x2, 0x309, 0x31b, 0x3, 0x2, 0x2, 
    0x2, 0x30a, 0x30b, 0x7, 0x30, 0x2, 0x2, 0x30b, 0x30e, 0x5, 0x72, 0x3a, 
    0x2, 0x30c, 0x30d, 0x7, 0x39, 0x2, 0x2, 0x30d, 0x30f, 0x5, 0x74, 0x3b, 
    0x2, 0x30e, 0x30c, 0x3, 0x2, 0x2, 0x2, 0x30e, 0x30f, 0x3, 0x2, 0x2, 
    0x2, 0x30f, 0x311, 0x3, 0x2, 0x2, 0x2, 0x310, 0x312, 0x5, 0x76, 0x3c, 
    0x2, 0x311, 0x310, 0x3, 0x2, 0x2, 0x2, 0x311, 0x312, 0x3, 0x2, 0x2, 
    0x2, 0x312, 0x313, 0x3, 0x2, 0x2, 0x2, 0x313, 0x314, 0x7, 0x41, 0x2, 
    0x2, 0x314, 0x315, 0x5, 0x86, 0x44, 0x2, 0x315, 0x31b, 0x3, 0x2, 0x2, 
    0x2, 0x316, 0x318, 0x7, 0x32, 0x2, 0x2, 0x317, 0x319, 0x5, 0x74, 0x3b, 
    0x2, 0x318, 0x317, 0x3, 0x2, 0x2, 0x2, 0x318, 0x319, 0x3, 0x2, 0x2, 
    0x2, 0x319, 0x31b, 0x3, 0x2, 0x2, 0x2, 0x31a, 0x2eb, 0x3, 0x2, 0x2, 
    0x2, 0x31a, 0x2f1, 0x3, 0x2, 0x2, 0x2, 0x31a, 0x2fb, 0x3, 0x2, 0x2, 
    0x2, 0x31a, 0x30a, 0x3, 0x2, 0x2, 0x2, 0x31a, 0x316, 0x3, 0x2, 0x2, 
    0x2, 0x31b, 0x71, 0x3, 0x2, 0x2, 0x2, 0x31c, 0x31d, 0x5, 0x40, 0x21, 
    0x2, 0x31d, 0x73, 0x3, 0x2, 0x2, 0x2, 0x31e, 0x31f, 0x7, 0x4b, 0x2, 
    0x2, 0x31f, 0x327, 0x7, 0x33, 0x2, 0x2, 0x320, 0x321, 0x7, 0x36, 0x2, 
    0x2, 0x321, 0x327, 0x7, 0x33, 0x2, 0x2, 0x322, 0x324, 0x7, 0x37, 0x2, 
    0x2, 0x323, 0x322, 0x3, 0x2, 0x2, 0x2, 0x323, 0x324, 0x3, 0x2, 0x2, 
    0x2, 0x324, 0x325, 0x3, 0x2, 0x2, 0x2, 0x325, 0x327, 0x7, 0x33, 0x2, 
    0x2, 0x326, 0x31e, 0x3, 0x2, 0x2, 0x2, 0x326, 0x320, 0x3, 0x2, 0x2, 
    0x2, 0x326, 0x323, 0x3, 0x2, 0x2, 0x2, 0x327, 0x75, 0x3, 0x2, 0x2, 0x2, 
    0x328, 0x329, 0x7, 0x31, 0x2, 0x2, 0x329, 0x32e, 0x5, 0x78, 0x3d, 0x2, 
    0x32a, 0x32b, 0x7, 0xb, 0x2, 0x2, 0x32b, 0x32d, 0x5, 0x78, 0x3d, 0x2, 
    0x32c, 0x32a, 0x3, 0x2, 0x2, 0x2, 0x32d, 0x330, 0x3, 0x2, 0x2, 0x2, 
    0x32e, 0x32c, 0x3, 0x2, 0x2, 0x2, 0x32e, 0x32f, 0x3, 0x2, 0x2, 0x2, 
    0x32f, 0x77, 0x3, 0x2, 0x2, 0x2, 0x330, 0x32e, 0x3, 0x2, 0x2, 0x2, 0x331, 
    0x332, 0x5, 0x8e, 0x48, 0x2, 0x332, 0x333, 0x7, 0xc, 0x2, 0x2, 0x333, 
    0x334, 0x5, 0x86, 0x44, 0x2, 0x334, 0x79, 0x3, 0x2, 0x2, 0x2, 0x335, 
    0x336, 0x7, 0x22, 0x2, 0x2, 0x336, 0x338, 0x5, 0x7c, 0x3f, 0x2, 0x337, 
    0x339, 0x5, 0x5e, 0x30, 0x2, 0x338, 0x337, 0x3, 0x2, 0x2, 0x2, 0x338, 
    0x339, 0x3, 0x2, 0x2, 0x2, 0x339, 0x360, 0x3, 0x2, 0x2, 0x2, 0x33a, 
    0x33b, 0x5, 0x5e, 0x30, 0x2, 0x33b, 0x33c, 0x7, 0x2e, 0x2, 0x2, 0x33c, 
    0x33d, 0x7, 0x34, 0x2, 0x2, 0x33d, 0x33e, 0x5, 0x72, 0x3a, 0x2, 0x33e, 
    0x360, 0x3, 0x2, 0x2, 0x2, 0x33f, 0x340, 0x5, 0x5e, 0x30, 0x2, 0x340, 
    0x341, 0x7, 0x30, 0x2, 0x2, 0x341, 0x342, 0x7, 0x3e, 0x2, 0x2, 0x342, 
    0x343, 0x7, 0x2e, 0x2, 0x2, 0x343, 0x344, 0x7, 0x34, 0x2, 0x2, 0x344, 
    0x346, 0x5, 0x72, 0x3a, 0x2, 0x345, 0x347, 0x5, 0x76, 0x3c, 0x2, 0x346, 
    0x345, 0x3, 0x2, 0x2, 0x2, 0x346, 0x347, 0x3, 0x2, 0x2, 0x2, 0x347, 
    0x348, 0x3, 0x2, 0x2, 0x2, 0x348, 0x349, 0x7, 0x41, 0x2, 0x2, 0x349, 
    0x34a, 0x5, 0x86, 0x44, 0x2, 0x34a, 0x360, 0x3, 0x2, 0x2, 0x2, 0x34b, 
    0x34d, 0x5, 0x5e, 0x30, 0x2, 0x34c, 0x34b, 0x3, 0x2, 0x2, 0x2, 0x34c, 
    0x34d, 0x3, 0x2, 0x2, 0x2, 0x34d, 0x34e, 0x3, 0x2, 0x2, 0x2, 0x34e, 
    0x34f, 0x7, 0x2f, 0x2, 0x2, 0x34f, 0x352, 0x5, 0x72, 0x3a, 0x2, 0x350, 
    0x351, 0x7, 0x41, 0x2, 0x2, 0x351, 0x353, 0x5, 0x86, 0x44, 0x2, 0x352, 
    0x350, 0x3, 0x2, 0x2, 0x2, 0x352, 0x353, 0x3, 0x2, 0x2, 0x2, 0x353, 
    0x360, 0x3, 0x2, 0x2, 0x2, 0x354, 0x356, 0x5, 0x5e, 0x30, 0x2, 0x355, 
    0x354, 0x3, 0x2, 0x2, 0x2, 0x355, 0x356, 0x3, 0x2, 0x2, 0x2, 0x356, 
    0x357, 0x3, 0x2, 0x2, 0x2, 0x357, 0x358, 0x7, 0x30, 0x2, 0x2, 0x358, 
    0x35a, 0x5, 0x72, 0x3a, 0x2, 0x359, 0x35b, 0x5, 0x76, 0x3c, 0x2, 0x35a, 
    0x359, 0x3, 0x2, 0x2, 0x2, 0x35a, 0x35b, 0x3, 0x2, 0x2, 0x2, 0x35b, 
    0x35c, 0x3, 0x2, 0x2, 0x2, 0x35c, 0x35d, 0x7, 0x41, 0x2, 0x2, 0x35d, 
    0x35e, 0x5, 0x86, 0x44, 0x2, 0x35e, 0x360, 0x3, 0x2, 0x2, 0x2, 0x35f, 
    0x335, 0x3, 0x2, 0x2, 0x2, 0x35f, 0x33a, 0x3, 0x2, 0x2, 0x2, 0x35f, 
    0x33f, 0x3, 0x2, 0x2, 0x2, 0x35f, 0x34c, 0x3, 0x2, 0x2, 0x2, 0x35f, 
    0x355, 0x3, 0x2, 0x2, 0x2, 0x360, 0x7b, 0x3, 0x2, 0x2, 0x2, 0x361, 0x364, 
    0x5, 0x9a, 0x4e, 0x2, 0x362, 0x363, 0x7, 0x3c, 0x2, 0x2, 0x363, 0x365, 
    0x5, 0x9a, 0x4e, 0x2, 0x364, 0x362, 0x3, 0x2, 0x2, 0x2, 0x364, 0x365, 
    0x3, 0x2, 0x2, 0x2, 0x365, 0x368, 0x3, 0x2, 0x2, 0x2, 0x366, 0x367, 
    0x7, 0x41, 0x2, 0x2, 0x367, 0x369, 0x5, 0x86, 0x44, 0x2, 0x368, 0x366, 
    0x3, 0x2, 0x2, 0x2, 0x368, 0x369, 0x3, 0x2, 0x2, 0x2, 0x369, 0x36d, 
    0x3, 0x2, 0x2, 0x2, 0x36a, 0x36b, 0x5, 0x82, 0x42, 0x2, 0x36b, 0x36c, 
    0x5, 0x84, 0x43, 0x2, 0x36c, 0x36e, 0x3, 0x2, 0x2, 0x2, 0x36d, 0x36a, 
    0x3, 0x2, 0x2, 0x2, 0x36d, 0x36e, 0x3, 0x2, 0x2, 0x2, 0x36e, 0x7d, 0x3, 
    0x2, 0x2, 0x2, 0x36f, 0x370, 0x7, 0x44, 0x2, 0x2, 0x370, 0x371, 0x5, 
    0x94, 0x4b, 0x2, 0x371, 0x7f, 0x3, 0x2, 0x2, 0x2, 0x372, 0x373, 0x7, 
    0x39, 0x2, 0x2, 0x373, 0x374, 0x5, 0x94, 0x4b, 0x2, 0x374, 0x81, 0x3, 
    0x2, 0x2, 0x2, 0x375, 0x376, 0x7, 0x44, 0x2, 0x2, 0x376, 0x379, 0x5, 
    0x86, 0x44, 0x2, 0x377, 0x378, 0x7, 0xb, 0x2, 0x2, 0x378, 0x37a, 0x5, 
    0x86, 0x44, 0x2, 0x379, 0x377, 0x3, 0x2, 0x2, 0x2, 0x379, 0x37a, 0x3, 
    0x2, 0x2, 0x2, 0x37a, 0x83, 0x3, 0x2, 0x2, 0x2, 0x37b, 0x37c, 0x7, 0x56, 
    0x2, 0x2, 0x37c, 0x37d, 0x5, 0x86, 0x44, 0x2, 0x37d, 0x85, 0x3, 0x2, 
    0x2, 0x2, 0x37e, 0x37f, 0x8, 0x44, 0x1, 0x2, 0x37f, 0x380, 0x7, 0x7, 
    0x2, 0x2, 0x380, 0x381, 0x5, 0x86, 0x44, 0x2, 0x381, 0x382, 0x7, 0x8, 
    0x2, 0x2, 0x382, 0x391, 0x3, 0x2, 0x2, 0x2, 0x383, 0x384, 0x5, 0x8c, 
    0x47, 0x2, 0x384, 0x385, 0x7, 0x42, 0x2, 0x2, 0x385, 0x386, 0x7, 0x48, 
    0x2, 0x2, 0x386, 0x391, 0x3, 0x2, 0x2, 0x2, 0x387, 0x391, 0x5, 0x88, 
    0x45, 0x2, 0x388, 0x391, 0x5, 0x8e, 0x48, 0x2, 0x389, 0x391, 0x5, 0x92, 
    0x4a, 0x2, 0x38a, 0x38b, 0x7, 0x10, 0x2, 0x2, 0x38b, 0x391, 0x5, 0x86, 
    0x44, 0xc, 0x38c, 0x38d, 0x7, 0xe, 0x2, 0x2, 0x38d, 0x391, 0x5, 0x86, 
    0x44, 0xb, 0x38e, 0x38f, 0x7, 0x43, 0x2, 0x2, 0x38f, 0x391, 0x5, 0x86, 
    0x44, 0xa, 0x390, 0x37e, 0x3, 0x2, 0x2, 0x2, 0x390, 0x383, 0x3, 0x2, 
    0x2, 0x2, 0x390, 0x387, 0x3, 0x2, 0x2, 0x2, 0x390, 0x388, 0x3, 0x2, 
    0x2, 0x2, 0x390, 0x389, 0x3, 0x2, 0x2, 0x2, 0x390, 0x38a, 0x3, 0x2, 
    0x2, 0x2, 0x390, 0x38c, 0x3, 0x2, 0x2, 0x2, 0x390, 0x38e, 0x3, 0x2, 
    0x2, 0x2, 0x391, 0x3ac, 0x3, 0x2, 0x2, 0x2, 0x392, 0x393, 0xc, 0x9, 
    0x2, 0x2, 0x393, 0x394, 0x9, 0x8, 0x2, 0x2, 0x394, 0x3ab, 0x5, 0x86, 
    0x44, 0xa, 0x395, 0x396, 0xc, 0x8, 0x2, 0x2, 0x396, 0x397, 0x9, 0x9, 
    0x2, 0x2, 0x397, 0x3ab, 0x5, 0x86, 0x44, 0x9, 0x398, 0x399, 0xc, 0x7, 
    0x2, 0x2, 0x399, 0x39a, 0x9, 0xa, 0x2, 0x2, 0x39a, 0x3ab, 0x5, 0x86, 
    0x44, 0x8, 0x39b, 0x39c, 0xc, 0x6, 0x2, 0x2, 0x39c, 0x39d, 0x9, 0xb, 
    0x2, 0x2, 0x39d, 0x3ab, 0x5, 0x86, 0x44, 0x7, 0x39e, 0x39f, 0xc, 0x4, 
    0x2, 0x2, 0x39f, 0x3a0, 0x7, 0x3f, 0x2, 0x2, 0x3a0, 0x3ab, 0x5, 0x86, 
    0x44, 0x5, 0x3a1, 0x3a2, 0xc, 0x3, 0x2, 0x2, 0x3a2, 0x3a3, 0x7, 0x3e, 
    0x2, 0x2, 0x3a3, 0x3ab, 0x5, 0x86, 0x44, 0x4, 0x3a4, 0x3a5, 0xc, 0xd, 
    0x2, 0x2, 0x3a5, 0x3a6, 0x7, 0x42, 0x2, 0x2, 0x3a6, 0x3ab, 0x7, 0x48, 
    0x2, 0x2, 0x3a7, 0x3a8, 0xc, 0x5, 0x2, 0x2, 0x3a8, 0x3a9, 0x7, 0x40, 
    0x2, 0x2, 0x3a9, 0x3ab, 0x5, 0x9a, 0x4e, 0x2, 0x3aa, 0x392, 0x3, 0x2, 
    0x2, 0x2, 0x3aa, 0x395, 0x3, 0x2, 0x2, 0x2, 0x3aa, 0x398, 0x3, 0x2, 
    0x2, 0x2, 0x3aa, 0x39b, 0x3, 0x2, 0x2, 0x2, 0x3aa, 0x39e, 0x3, 0x2, 
    0x2, 0x2, 0x3aa, 0x3a1, 0x3, 0x2, 0x2, 0x2, 0x3aa, 0x3a4, 0x3, 0x2, 
    0x2, 0x2, 0x3aa, 0x3a7, 0x3, 0x2, 0x2, 0x2, 0x3ab, 0x3ae, 0x3, 0x2, 
    0x2, 0x2, 0x3ac, 0x3aa, 0x3, 0x2, 0x2, 0x2, 0x3ac, 0x3ad, 0x3, 0x2, 
    0x2, 0x2, 0x3ad, 0x87, 0x3, 0x2, 0x2, 0x2, 0x3ae, 0x3ac, 0x3, 0x2, 0x2, 
    0x2, 0x3af, 0x3b0, 0x5, 0x9a, 0x4e, 0x2, 0x3b0, 0x3b1, 0x7, 0x3, 0x2, 
    0x2, 0x3b1, 0x3b3, 0x3, 0x2, 0x2, 0x2, 0x3b2, 0x3af, 0x3, 0x2, 0x2, 
    0x2, 0x3b2, 0x3b3, 0x3, 0x2, 0x2, 0x2, 0x3b3, 0x3b4, 0x3, 0x2, 0x2, 
    0x2, 0x3b4, 0x3b5, 0x5, 0x9a, 0x4e, 0x2, 0x3b5, 0x3b7, 0x7, 0x7, 0x2, 
    0x2, 0x3b6, 0x3b8, 0x5, 0x8a, 0x46, 0x2, 0x3b7, 0x3b6, 0x3, 0x2, 0x2, 
    0x2, 0x3b7, 0x3b8, 0x3, 0x2, 0x2, 0x2, 0x3b8, 0x3b9, 0x3, 0x2, 0x2, 
    0x2, 0x3b9, 0x3ba, 0x7, 0x8, 0x2, 0x2, 0x3ba, 0x89, 0x3, 0x2, 0x2, 0x2, 
    0x3bb, 0x3c5, 0x7, 0xd, 0x2, 0x2, 0x3bc, 0x3c1, 0x5, 0x86, 0x44, 0x2, 
    0x3bd, 0x3be, 0x7, 0xb, 0x2, 0x2, 0x3be, 0x3c0, 0x5, 0x86, 0x44, 0x2, 
    0x3bf, 0x3bd, 0x3, 0x2, 0x2, 0x2, 0x3c0, 0x3c3, 0x3, 0x2, 0x2, 0x2, 
    0x3c1, 0x3bf, 0x3, 0x2, 0x2, 0x2, 0x3c1, 0x3c2, 0x3, 0x2, 0x2, 0x2, 
    0x3c2, 0x3c5, 0x3, 0x2, 0x2, 0x2, 0x3c3, 0x3c1, 0x3, 0x2, 0x2, 0x2, 
    0x3c4, 0x3bb, 0x3, 0x2, 0x2, 0x2, 0x3c4, 0x3bc, 0x3, 0x2, 0x2, 0x2, 
    0x3c5, 0x8b, 0x3, 0x2, 0x2, 0x2, 0x3c6, 0x3c9, 0x7, 0x1c, 0x2, 0x2, 
    0x3c7, 0x3c9, 0x7, 0x19, 0x2, 0x2, 0x3c8, 0x3c6, 0x3, 0x2, 0x2, 0x2, 
    0x3c8, 0x3c7, 0x3, 0x2, 0x2, 0x2, 0x3c9, 0x3ca, 0x3, 0x2, 0x2, 0x2, 
    0x3ca, 0x3cf, 0x5, 0x9a, 0x4e, 0x2, 0x3cb, 0x3cc, 0x7, 0x9, 0x2, 0x2, 
    0x3cc, 0x3cd, 0x5, 0x90, 0x49, 0x2, 0x3cd, 0x3ce, 0x7, 0xa, 0x2, 0x2, 
    0x3ce, 0x3d0, 0x3, 0x2, 0x2, 0x2, 0x3cf, 0x3cb, 0x3, 0x2, 0x2, 0x2, 
    0x3cf, 0x3d0, 0x3, 0x2, 0x2, 0x2, 0x3d0, 0x3d7, 0x3, 0x2, 0x2, 0x2, 
    0x3d1, 0x3d2, 0x5, 0x9a, 0x4e, 0x2, 0x3d2, 0x3d3, 0x7, 0x9, 0x2, 0x2, 
    0x3d3, 0x3d4, 0x5, 0x90, 0x49, 0x2, 0x3d4, 0x3d5, 0x7, 0xa, 0x2, 0x2, 
    0x3d5, 0x3d7, 0x3, 0x2, 0x2, 0x2, 0x3d6, 0x3c8, 0x3, 0x2, 0x2, 0x2, 
    0x3d6, 0x3d1, 0x3, 0x2, 0x2, 0x2, 0x3d7, 0x8d, 0x3, 0x2, 0x2, 0x2, 0x3d8, 
    0x3db, 0x7, 0x1c, 0x2, 0x2, 0x3d9, 0x3db, 0x7, 0x19, 0x2, 0x2, 0x3da, 
    0x3d8, 0x3, 0x2, 0x2, 0x2, 0x3da, 0x3d9, 0x3, 0x2, 0x2, 0x2, 0x3da, 
    0x3db, 0x3, 0x2, 0x2, 0x2, 0x3db, 0x3dc, 0x3, 0x2, 0x2, 0x2, 0x3dc, 
    0x3e1, 0x5, 0x9a, 0x4e, 0x2, 0x3dd, 0x3de, 0x7, 0x9, 0x2, 0x2, 0x3de, 
    0x3df, 0x5, 0x90, 0x49, 0x2, 0x3df, 0x3e0, 0x7, 0xa, 0x2, 0x2, 0x3e0, 
    0x3e2, 0x3, 0x2, 0x2, 0x2, 0x3e1, 0x3dd, 0x3, 0x2, 0x2, 0x2, 0x3e1, 
    0x3e2, 0x3, 0x2, 0x2, 0x2, 0x3e2, 0x3eb, 0x3, 0x2, 0x2, 0x2, 0x3e3, 
    0x3e4, 0x7, 0x1c, 0x2, 0x2, 0x3e4, 0x3e9, 0x5, 0x9a, 0x4e, 0x2, 0x3e5, 
    0x3e6, 0x7, 0x9, 0x2, 0x2, 0x3e6, 0x3e7, 0x5, 0x90, 0x49, 0x2, 0x3e7, 
    0x3e8, 0x7, 0xa, 0x2, 0x2, 0x3e8, 0x3ea, 0x3, 0x2, 0x2, 0x2, 0x3e9, 
    0x3e5, 0x3, 0x2, 0x2, 0x2, 0x3e9, 0x3ea, 0x3, 0x2, 0x2, 0x2, 0x3ea, 
    0x3ec, 0x3, 0x2, 0x2, 0x2, 0x3eb, 0x3e3, 0x3, 0x2, 0x2, 0x2, 0x3eb, 
    0x3ec, 0x3, 0x2, 0x2, 0x2, 0x3ec, 0x3ed, 0x3, 0x2, 0x2, 0x2, 0x3ed, 
    0x3ee, 0x7, 0x6, 0x2, 0x2, 0x3ee, 0x3ef, 0x5, 0x9a, 0x4e, 0x2, 0x3ef, 
    0x3f2, 0x3, 0x2, 0x2, 0x2, 0x3f0, 0x3f2, 0x5, 0x9a, 0x4e, 0x2, 0x3f1, 
    0x3da, 0x3, 0x2, 0x2, 0x2, 0x3f1, 0x3f0, 0x3, 0x2, 0x2, 0x2, 0x3f2, 
    0x8f, 0x3, 0x2, 0x2, 0x2, 0x3f3, 0x3fa, 0x7, 0x68, 0x2, 0x2, 0x3f4, 
    0x3f7, 0x7, 0x4a, 0x2, 0x2, 0x3f5, 0x3f6, 0x7, 0x10, 0x2, 0x2, 0x3f6, 
    0x3f8, 0x7, 0x68, 0x2, 0x2, 0x3f7, 0x3f5, 0x3, 0x2, 0x2, 0x2, 0x3f7, 
    0x3f8, 0x3, 0x2, 0x2, 0x2, 0x3f8, 0x3fa, 0x3, 0x2, 0x2, 0x2, 0x3f9, 
    0x3f3, 0x3, 0x2, 0x2, 0x2, 0x3f9, 0x3f4, 0x3, 0x2, 0x2, 0x2, 0x3fa, 
    0x91, 0x3, 0x2, 0x2, 0x2, 0x3fb, 0x404, 0x5, 0x94, 0x4b, 0x2, 0x3fc, 
    0x404, 0x7, 0x68, 0x2, 0x2, 0x3fd, 0x404, 0x7, 0x69, 0x2, 0x2, 0x3fe, 
    0x404, 0x7, 0x6a, 0x2, 0x2, 0x3ff, 0x404, 0x7, 0x6b, 0x2, 0x2, 0x400, 
    0x404, 0x9, 0xc, 0x2, 0x2, 0x401, 0x404, 0x7, 0x6c, 0x2, 0x2, 0x402, 
    0x404, 0x7, 0x48, 0x2, 0x2, 0x403, 0x3fb, 0x3, 0x2, 0x2, 0x2, 0x403, 
    0x3fc, 0x3, 0x2, 0x2, 0x2, 0x403, 0x3fd, 0x3, 0x2, 0x2, 0x2, 0x403, 
    0x3fe, 0x3, 0x2, 0x2, 0x2, 0x403, 0x3ff, 0x3, 0x2, 0x2, 0x2, 0x403, 
    0x400, 0x3, 0x2, 0x2, 0x2, 0x403, 0x401, 0x3, 0x2, 0x2, 0x2, 0x403, 
    0x402, 0x3, 0x2, 0x2, 0x2, 0x404, 0x93, 0x3, 0x2, 0x2, 0x2, 0x405, 0x407, 
    0x5, 0x96, 0x4c, 0x2, 0x406, 0x405, 0x3, 0x2, 0x2, 0x2, 0x407, 0x408, 
    0x3, 0x2, 0x2, 0x2, 0x408, 0x406, 0x3, 0x2, 0x2, 0x2, 0x408, 0x409, 
    0x3, 0x2, 0x2, 0x2, 0x409, 0x95, 0x3, 0x2, 0x2, 0x2, 0x40a, 0x40b, 0x7, 
    0x68, 0x2, 0x2, 0x40b, 0x40c, 0x5, 0x98, 0x4d, 0x2, 0x40c, 0x97, 0x3, 
    0x2, 0x2, 0x2, 0x40d, 0x40e, 0x9, 0xd, 0x2, 0x2, 0x40e, 0x99, 0x3, 0x2, 
    0x2, 0x2, 0x40f, 0x412, 0x5, 0x9c, 0x4f, 0x2, 0x410, 0x412, 0x5, 0x9e, 
    0x50, 0x2, 0x411, 0x40f, 0x3, 0x2, 0x2, 0x2, 0x411, 0x410, 0x3, 0x2, 
    0x2, 0x2, 0x412, 0x9b, 0x3, 0x2, 0x2, 0x2, 0x413, 0x414, 0x9, 0xe, 0x2, 
    0x2, 0x414, 0x9d, 0x3, 0x2, 0x2, 0x2, 0x415, 0x416, 0x9, 0xf, 0x2, 0x2, 
    0x416, 0x9f, 0x3, 0x2, 0x2, 0x2, 0x82, 0xa3, 0xab, 0xaf, 0xb5, 0xc4, 
    0xd0, 0xd5, 0xdc, 0xe1, 0xe5, 0xea, 0xef, 0xf9, 0xfd, 0x104, 0x10f, 
    0x11a, 0x124, 0x12c, 0x13d, 0x14c, 0x158, 0x164, 0x167, 0x16a, 0x175, 
    0x178, 0x17d, 0x188, 0x192, 0x196, 0x19f, 0x1a9, 0x1b2, 0x1b8, 0x1bb, 
    0x1c3, 0x1c7, 0x1cb, 0x1cd, 0x1d2, 0x1d6, 0x1d9, 0x1e9, 0x1f1, 0x1f7, 
    0x1fb, 0x200, 0x204, 0x207, 0x20b, 0x219, 0x21c, 0x220, 0x227, 0x22b, 
    0x232, 0x235, 0x245, 0x24b, 0x24d, 0x252, 0x258, 0x262, 0x269, 0x26c, 
    0x26f, 0x277, 0x27d, 0x280, 0x293, 0x29c, 0x29f, 0x2a2, 0x2a5, 0x2a8, 
    0x2ab, 0x2ae, 0x2b5, 0x2be, 0x2cb, 0x2d0, 0x2da, 0x2e1, 0x2e9, 0x2ed, 
    0x2f5, 0x2f9, 0x302, 0x305, 0x30e, 0x311, 0x318, 0x31a, 0x323, 0x326, 
    0x32e, 0x338, 0x346, 0x34c, 0x352, 0x355, 0x35a, 0x35f, 0x364, 0x368, 
    0x36d, 0x379, 0x390, 0x3aa, 0x3ac, 0x3b2, 0x3b7, 0x3c1, 0x3c4, 0x3c8, 
    0x3cf, 0x3d6, 0x3da, 0x3e1, 0x3e9, 0x3eb, 0x3f1, 0x3f7, 0x3f9, 0x403, 
    0x408, 0x411, 
  };

  atn::ATNDeserializer deserializer;
  _atn = deserializer.deserialize(_serializedATN);

  size_t count = _atn.getNumberOfDecisions();
  _decisionToDFA.reserve(count);
  for (size_t i = 0; i < count; i++) { 
    _decisionToDFA.emplace_back(_atn.getDecisionState(i), i);
  }
}

CQLParser::Initializer CQLParser::_init;
