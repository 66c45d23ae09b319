import {
  type Counter,
  type Histogram,
  metrics,
  type Span,
  type Tracer,
  trace,
} from '@opentelemetry/api';
import type { Decision } from '../contract/decision.js';

const SCOPE = '@kitelogik/core';

// One frozen attribute set per effect: the hot path records metrics without allocating.
const EFFECT_ATTRIBUTES = {
  allow: Object.freeze({ 'kitelogik.effect': 'allow' }),
  deny: Object.freeze({ 'kitelogik.effect': 'deny' }),
  require_approval: Object.freeze({ 'kitelogik.effect': 'require_approval' }),
} as const;

/** What a decision span is started with. */
export interface DecisionSpanStart {
  readonly kind: string;
  readonly tool?: string;
}

/**
 * OpenTelemetry instrumentation for decisions: one `kitelogik.decide` span per decision, a
 * counter of decisions by effect and a histogram of latency. Through `@opentelemetry/api`,
 * so it is a no-op until the application registers a provider.
 */
export interface DecisionTelemetry {
  start(attributes: DecisionSpanStart): Span;
  end(span: Span, decision: Decision, latencyMs: number): void;
}

/**
 * Creates the decision instruments once (tracer, meter, counter, histogram), so the hot path
 * only starts and ends a span and records two numbers. The tracer follows a provider registered
 * later, but the metrics API has no proxy: register a meter provider before creating the
 * governor to get metrics.
 */
export function createDecisionTelemetry(): DecisionTelemetry {
  const tracer: Tracer = trace.getTracer(SCOPE);
  const meter = metrics.getMeter(SCOPE);
  const decisions: Counter = meter.createCounter('kitelogik.decisions', {
    description: 'Policy decisions, by effect and kind',
  });
  const latency: Histogram = meter.createHistogram('kitelogik.decision.duration', {
    description: 'Time to decide, governor overhead and engine included',
    unit: 'ms',
  });
  return {
    start({ kind, tool }) {
      const span = tracer.startSpan('kitelogik.decide');
      if (span.isRecording()) {
        span.setAttribute('kitelogik.kind', kind);
        if (tool !== undefined) span.setAttribute('kitelogik.tool', tool);
      }
      return span;
    },
    end(span, decision, latencyMs) {
      if (span.isRecording()) {
        span.setAttribute('kitelogik.effect', decision.effect);
        span.setAttribute(
          'kitelogik.reason_codes',
          decision.reasons.map((reason) => reason.code),
        );
        span.setAttribute('kitelogik.latency_ms', latencyMs);
      }
      span.end();
      const attributes = EFFECT_ATTRIBUTES[decision.effect];
      decisions.add(1, attributes);
      latency.record(latencyMs, attributes);
    },
  };
}
