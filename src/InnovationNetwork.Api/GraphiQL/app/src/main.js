// GraphiQL for InnovationNetwork, pointed at this service's own /graphql.
// Plain React.createElement keeps the build to vite alone (no JSX plugin to install).
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
// Monaco runs its language services in web workers; this registers them as vite `?worker` chunks
// so they are bundled and served from /graphiql/assets rather than fetched from anywhere else.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './main.css';

// Same origin, so the page works wherever the service is hosted and no CORS is involved.
const fetcher = createGraphiQLFetcher({ url: '/graphql' });

const defaultQuery = `# The North East of England's innovation network.
# Run this (Ctrl+Enter) to see the first organisations;
# the Docs button on the left lists every type and field.
{
  organisations(first: 5) {
    totalCount
    edges {
      node {
        id
        name
        kind
      }
    }
  }
}
`;

createRoot(document.getElementById('graphiql')).render(
  createElement(GraphiQL, { fetcher, defaultQuery }),
);
