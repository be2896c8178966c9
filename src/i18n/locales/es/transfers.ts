import type { Translation } from '../../types.ts';
import type en from '../en/transfers.ts';

export default {
  'lifecycle.title': 'Estados de una transferencia',
  'lifecycle.diagram_label': 'Diagrama de los estados por los que pasa una transferencia',
  'lifecycle.start': 'Una transferencia nueva empieza en el estado {status}.',
  'lifecycle.can_become': '{from} puede pasar a {to}.',
  'lifecycle.final': '{status} es un estado final.',
  'lifecycle.current': 'Estado actual de esta transferencia: {status}.',
  'lifecycle.path': 'Ha pasado por: {path}.',
  'lifecycle.new': 'Nueva',
} satisfies Translation<typeof en>;
