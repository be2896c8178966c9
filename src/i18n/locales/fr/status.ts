import type { Translation } from '../../types.ts';
import type en from '../en/status.ts';

export default {
  'transfer.created': 'Créé',
  'transfer.flagged': 'En cours de vérification',
  'transfer.pending': 'En attente',
  'transfer.completed': 'Effectué',
  'transfer.failed': 'Échoué',
  'transfer.reversed': 'Annulé par contre-passation',
  'transfer.canceled': 'Annulé',
  'payout_link.created': 'Créé',
  'payout_link.sent': 'Envoyé',
  'payout_link.delivered': 'Remis',
  'payout_link.claimed': 'Encaissé',
  'payout_link.expired': 'Expiré',
  'payout_link.canceled': 'Annulé',
  'payout_link.failed': 'Échec de l’envoi',
  'user.unverified': 'Non vérifié',
  'user.verified': 'Vérifié',
  'user.in_review': 'En cours d’examen',
  'user.disabled': 'Désactivé',
  unknown: 'Statut inconnu',
} satisfies Translation<typeof en>;
