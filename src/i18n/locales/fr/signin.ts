import type { Translation } from '../../types.ts';
import type en from '../en/signin.ts';

export default {
  label: 'Connexion',
  'phone.title': 'Connectez-vous avec votre téléphone',
  'phone.intro': 'Nous vous enverrons un code à 6 chiffres par SMS pour confirmer que c’est bien vous.',
  'phone.country': 'Pays',
  'phone.label': 'Numéro de téléphone mobile',
  'phone.hint': 'Sans l’indicatif du pays.',
  'phone.submit': 'Envoyer le code',
  'code.title': 'Saisissez votre code',
  'code.intro': 'Nous avons envoyé un code à 6 chiffres au numéro se terminant par {last4}.',
  'code.label': 'Code à 6 chiffres',
  'code.submit': 'Vérifier',
  'code.resend': 'Envoyer un nouveau code',
  'code.resent': 'Nous vous avons envoyé un nouveau code.',
  'code.change_phone': 'Utiliser un autre numéro de téléphone',
  'profile.title': 'Parlez-nous de vous',
  'profile.intro': 'Votre téléphone est vérifié. Il nous faut quelques informations pour créer votre compte.',
  'profile.first_name': 'Prénom',
  'profile.last_name': 'Nom',
  'profile.email': 'Adresse e-mail',
  'profile.email_hint': 'Nous envoyons les reçus à cette adresse.',
} satisfies Translation<typeof en>;
