import type { Translation } from '../../types.ts';
import type en from '../en/status.ts';

export default {
  'transfer.created': 'Criada',
  'transfer.flagged': 'Em análise',
  'transfer.pending': 'Pendente',
  'transfer.completed': 'Concluída',
  'transfer.failed': 'Falhou',
  'transfer.reversed': 'Estornada',
  'transfer.canceled': 'Cancelada',
  'payout_link.created': 'Criado',
  'payout_link.sent': 'Enviado',
  'payout_link.delivered': 'Entregue',
  'payout_link.claimed': 'Resgatado',
  'payout_link.expired': 'Expirado',
  'payout_link.canceled': 'Cancelado',
  'payout_link.failed': 'Falha na entrega',
  'user.unverified': 'Não verificado',
  'user.verified': 'Verificado',
  'user.in_review': 'Em análise',
  'user.disabled': 'Desativado',
  unknown: 'Status desconhecido',
} satisfies Translation<typeof en>;
