import { Card } from '../../../ui/Card.js';
import { ExternalLinkIcon } from '../../../ui/icons.js';
import { API_DOCS_PATH, OPENAPI_PATH } from '../api.js';
import './ApiReferenceCard.css';

const LINKS = [
  {
    href: API_DOCS_PATH,
    title: 'API reference',
    description: 'Every endpoint with its parameters and responses, browsable.',
  },
  {
    href: OPENAPI_PATH,
    title: 'OpenAPI document',
    description: 'The machine-readable description, for generating clients and scripts.',
  },
];

export function ApiReferenceCard() {
  return (
    <Card title="HTTP API" padding="none">
      <ul className="api-links">
        {LINKS.map((link) => (
          <li key={link.href}>
            {/* Plain <a>: these pages are served by the server, outside this app's router. */}
            <a className="api-links__link" href={link.href}>
              <span className="api-links__title">
                {link.title}
                <ExternalLinkIcon size={13} />
              </span>
              <span className="api-links__description">{link.description}</span>
              <code className="api-links__path">{link.href}</code>
            </a>
          </li>
        ))}
      </ul>
    </Card>
  );
}
