import type { Translation } from '../../types.ts';
import type en from '../en/transfers.ts';

export default {
  'lifecycle.title': 'Status de uma transferência',
  'lifecycle.diagram_label': 'Diagrama dos status pelos quais uma transferência passa',
  'lifecycle.start': 'Uma nova transferência começa com o status {status}.',
  'lifecycle.can_become': '{from} pode passar para {to}.',
  'lifecycle.final': '{status} é um status final.',
  'lifecycle.current': 'Status atual desta transferência: {status}.',
  'lifecycle.path': 'Ela passou por: {path}.',
  'lifecycle.new': 'Nova',
} satisfies Translation<typeof en>;
