import type { Translation } from '../../types.ts';
import type en from '../en/flow.ts';

export default {
  'complete.title': 'Todo está listo',
  'complete.body': 'Todo está guardado. Puedes cerrar esta página.',
  'complete.announce': 'Todos los pasos están completos.',
  exit: 'Salir',
  no_adapter: 'Este flujo no está conectado a ningún servidor.',
  no_steps: 'Este flujo no tiene pasos que mostrar.',
  'loading.announce': 'Cargando.',
  'submitting.announce': 'Guardando.',
} satisfies Translation<typeof en>;
