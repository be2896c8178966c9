import type { Translation } from '../../types.ts';
import type en from '../en/redirect.ts';

export default {
  label: 'Finalizar',
  title: 'Todo listo',
  body: 'Has terminado aquí. Pulsa Continuar para volver.',
  countdown: {
    one: 'Continuaremos automáticamente en {count} segundo.',
    other: 'Continuaremos automáticamente en {count} segundos.',
  },
  paused: 'Redirección automática detenida. Continúa cuando quieras.',
  continue: 'Continuar',
  stay: 'Quedarme en esta página',
  destination: 'Irás a {host}.',
  'errors.unsafe_url': 'No podemos continuar: la dirección indicada a esta página no es una dirección web que podamos abrir con seguridad.',
} satisfies Translation<typeof en>;
