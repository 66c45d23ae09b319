import { specTest } from '@kitelogik/adapter-conformance';
import { createConformanceAgent } from './__fixtures__/conformance-agent.js';

specTest({ framework: 'openai-agents', createAgent: createConformanceAgent });
