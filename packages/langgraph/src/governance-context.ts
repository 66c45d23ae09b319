import { z } from 'zod';

/**
 * The invoke `context` the middleware reads (`agent.invoke(input, { context })`): who the run
 * acts for, which session it belongs to and the root agent's scopes. Every key is optional;
 * the middleware options supply the defaults.
 */
export const governanceContextSchema: z.ZodObject<{
  principal: z.ZodOptional<
    z.ZodObject<{
      id: z.ZodString;
      roles: z.ZodOptional<z.ZodArray<z.ZodString>>;
      tenant: z.ZodOptional<z.ZodNullable<z.ZodString>>;
      attributes: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    }>
  >;
  sessionId: z.ZodOptional<z.ZodString>;
  scopes: z.ZodOptional<z.ZodArray<z.ZodString>>;
  dataLabels: z.ZodOptional<z.ZodArray<z.ZodString>>;
}> = z.object({
  principal: z
    .object({
      id: z.string().min(1),
      roles: z.array(z.string()).optional(),
      tenant: z.string().nullable().optional(),
      attributes: z.record(z.string(), z.unknown()).optional(),
    })
    .optional(),
  sessionId: z.string().min(1).optional(),
  scopes: z.array(z.string()).optional(),
  dataLabels: z.array(z.string()).optional(),
});

/** The governance keys of the invoke context, as {@link governanceContextSchema} types them. */
export type GovernanceContext = z.infer<typeof governanceContextSchema>;
