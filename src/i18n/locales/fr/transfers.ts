import type { Translation } from '../../types.ts';
import type en from '../en/transfers.ts';

export default {
  'lifecycle.title': 'Statuts d’un virement',
  'lifecycle.diagram_label': 'Schéma des statuts par lesquels passe un virement',
  'lifecycle.start': 'Un nouveau virement commence au statut {status}.',
  'lifecycle.can_become': '{from} peut devenir {to}.',
  'lifecycle.final': '{status} est un statut final.',
  'lifecycle.current': 'Statut actuel de ce virement : {status}.',
  'lifecycle.path': 'Il est passé par : {path}.',
  'lifecycle.new': 'Nouveau',
} satisfies Translation<typeof en>;
