import { specTest } from '@kitelogik/adapter-conformance';
import { createConformanceAgent } from './__fixtures__/conformance-agent.js';

specTest({ framework: 'langgraph', createAgent: createConformanceAgent });
