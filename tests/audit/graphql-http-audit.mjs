// Runs the graphql-http server audits (GraphQL over HTTP spec conformance) against a running service.
//
//   node graphql-http-audit.mjs [url]        (or GRAPHQL_URL=...; default http://localhost:5080/graphql)
//
// Prints each audit as ok / warn / error with its id and name, then the counts. Exits 1 when any MUST audit
// fails (graphql-http reports those as "error"; failed SHOULD and MAY audits are "warn"), 2 when it cannot run.
import { serverAudits } from 'graphql-http';

// Warnings we choose to keep. The spec says that requests after its 2025-01-01 watershed with no Accept header
// (or */*) get application/graphql-response+json; graphql-http 1.22 still audits the pre-watershed default.
const deliberate = new Map([
  ['47DE', 'after the watershed */* gets application/graphql-response+json'],
  ['80D8', 'after the watershed a missing Accept gets application/graphql-response+json'],
]);

const url = process.argv[2] ?? process.env.GRAPHQL_URL ?? 'http://localhost:5080/graphql';

async function main() {
  const counts = { ok: 0, warn: 0, error: 0 };
  console.log(`graphql-http audits against ${url}`);
  for (const audit of serverAudits({ url })) {
    const result = await audit.fn();
    counts[result.status] += 1;
    const reason = result.status === 'ok' ? ''
      : deliberate.has(result.id) && result.status === 'warn' ? ` (deliberate: ${deliberate.get(result.id)})`
      : ` (${result.reason}${await describe(result.response)})`;
    console.log(`${result.status.padEnd(5)} ${result.id} ${result.name}${reason}`);
  }

  console.log(`\n${counts.ok} ok, ${counts.warn} warn, ${counts.error} error`);
  if (counts.error > 0) {
    console.log('A MUST audit failed: the service does not conform to the GraphQL over HTTP spec.');
    process.exitCode = 1;
  }
}

// The status and start of the body of the response an audit did not like, so a failure can be acted on.
async function describe(response) {
  if (!response) return '';
  let body = '';
  try {
    body = (await response.text()).slice(0, 200);
  } catch {
    // The audit read the body already.
  }
  return `; got ${response.status} ${response.headers.get('content-type') ?? ''} ${body}`.trimEnd();
}

main().catch((error) => {
  console.error(`The audits could not run against ${url}: ${error.message}`);
  process.exitCode = 2;
});
