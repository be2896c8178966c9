import type { Translation } from '../../types.ts';
import type en from '../en/redirect.ts';

export default {
  label: 'Concluir',
  title: 'Tudo pronto',
  body: 'Você terminou aqui. Continue para voltar.',
  countdown: {
    one: 'Continuando automaticamente em {count} segundo.',
    other: 'Continuando automaticamente em {count} segundos.',
  },
  paused: 'Redirecionamento automático interrompido. Continue quando quiser.',
  continue: 'Continuar',
  stay: 'Ficar nesta página',
  destination: 'Você irá para {host}.',
  'errors.unsafe_url': 'Não podemos continuar: o endereço informado a esta página não é um endereço da web que possamos abrir com segurança.',
} satisfies Translation<typeof en>;
