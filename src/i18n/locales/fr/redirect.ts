import type { Translation } from '../../types.ts';
import type en from '../en/redirect.ts';

export default {
  label: 'Terminer',
  title: 'C’est terminé',
  body: 'Vous avez terminé ici. Continuez pour revenir.',
  countdown: {
    one: 'Suite automatique dans {count} seconde.',
    other: 'Suite automatique dans {count} secondes.',
  },
  paused: 'Redirection automatique arrêtée. Continuez quand vous êtes prêt.',
  continue: 'Continuer',
  stay: 'Rester sur cette page',
  destination: 'Vous irez sur {host}.',
  'errors.unsafe_url': 'Impossible de continuer : l’adresse donnée à cette page n’est pas une adresse web que nous pouvons ouvrir en toute sécurité.',
} satisfies Translation<typeof en>;
