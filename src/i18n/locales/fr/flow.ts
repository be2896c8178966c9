import type { Translation } from '../../types.ts';
import type en from '../en/flow.ts';

export default {
  'complete.title': 'Tout est prêt',
  'complete.body': 'Tout est enregistré. Vous pouvez fermer cette page.',
  'complete.announce': 'Toutes les étapes sont terminées.',
  exit: 'Quitter',
  no_adapter: 'Ce parcours n’est relié à aucun serveur.',
  no_steps: 'Ce parcours n’a aucune étape à afficher.',
  'loading.announce': 'Chargement.',
  'submitting.announce': 'Enregistrement.',
} satisfies Translation<typeof en>;
