import type { Translation } from '../../types.ts';
import type en from '../en/status.ts';

export default {
  'transfer.created': 'Creada',
  'transfer.flagged': 'En revisión',
  'transfer.pending': 'Pendiente',
  'transfer.completed': 'Completada',
  'transfer.failed': 'Fallida',
  'transfer.reversed': 'Revertida',
  'transfer.canceled': 'Cancelada',
  'payout_link.created': 'Creado',
  'payout_link.sent': 'Enviado',
  'payout_link.delivered': 'Entregado',
  'payout_link.claimed': 'Cobrado',
  'payout_link.expired': 'Vencido',
  'payout_link.canceled': 'Cancelado',
  'payout_link.failed': 'Entrega fallida',
  'user.unverified': 'Sin verificar',
  'user.verified': 'Verificado',
  'user.in_review': 'En revisión',
  'user.disabled': 'Desactivado',
  unknown: 'Estado desconocido',
} satisfies Translation<typeof en>;
