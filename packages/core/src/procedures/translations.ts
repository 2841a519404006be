/**
 * Procedure labels in the other languages of the widget (French and English live in the
 * catalogue). Data: add a language by adding a column.
 */
export const PROCEDURE_LABELS: Record<string, { es: string; ar: string; uk: string }> = {
  'caf-rsa': {
    es: 'Solicitar el RSA (renta mínima)',
    ar: 'طلب دخل التضامن النشط (RSA)',
    uk: 'Подати заяву на RSA (мінімальний дохід)',
  },
  'caf-prime-activite': {
    es: 'Solicitar la prima de actividad',
    ar: 'طلب منحة النشاط (prime d’activité)',
    uk: 'Подати заяву на надбавку за діяльність (prime d’activité)',
  },
  'caf-aides-logement': {
    es: 'Solicitar una ayuda para la vivienda (APL, ALS, ALF)',
    ar: 'طلب مساعدة السكن (APL، ALS، ALF)',
    uk: 'Подати заяву на допомогу з житлом (APL, ALS, ALF)',
  },
  'caf-declaration-trimestrielle': {
    es: 'Hacer la declaración trimestral de ingresos',
    ar: 'تقديم التصريح الفصلي بالموارد',
    uk: 'Подати квартальну декларацію доходів',
  },
  'caf-changement-situation': {
    es: 'Declarar un cambio de situación a la CAF',
    ar: 'التصريح بتغيير الوضع لدى CAF',
    uk: 'Повідомити CAF про зміну ситуації',
  },
  'caf-autre': { es: 'Otro trámite con la CAF', ar: 'إجراء آخر مع CAF', uk: 'Інша процедура з CAF' },
  'ameli-compte': {
    es: 'Crear o recuperar la cuenta ameli',
    ar: 'إنشاء حساب ameli أو استعادته',
    uk: 'Створити або відновити обліковий запис ameli',
  },
  'ameli-c2s': {
    es: 'Solicitar la Complémentaire santé solidaire (C2S)',
    ar: 'طلب التأمين الصحي التكميلي التضامني (C2S)',
    uk: 'Подати заяву на солідарне додаткове медичне страхування (C2S)',
  },
  'ameli-carte-vitale': {
    es: 'Pedir o sustituir la tarjeta Vitale',
    ar: 'طلب بطاقة Vitale أو استبدالها',
    uk: 'Замовити або замінити картку Vitale',
  },
  'mon-espace-sante': {
    es: 'Activar y usar Mon Espace Santé',
    ar: 'تفعيل واستخدام Mon Espace Santé',
    uk: 'Активувати та використовувати Mon Espace Santé',
  },
  'ameli-autre': {
    es: 'Otro trámite con el seguro de salud (ameli)',
    ar: 'إجراء آخر مع التأمين الصحي (ameli)',
    uk: 'Інша процедура з медичним страхуванням (ameli)',
  },
  'impots-declaration': {
    es: 'Declarar los ingresos (impuestos)',
    ar: 'التصريح بالدخل (الضرائب)',
    uk: 'Задекларувати доходи (податки)',
  },
  'impots-espace-particulier': {
    es: 'Crear o usar el espacio personal de impuestos',
    ar: 'إنشاء أو استخدام الفضاء الشخصي للضرائب',
    uk: 'Створити або використовувати особистий податковий кабінет',
  },
  'ants-carte-grise': {
    es: 'Trámite del permiso de circulación (carte grise)',
    ar: 'إجراء البطاقة الرمادية للسيارة (carte grise)',
    uk: 'Реєстрація автомобіля (carte grise)',
  },
  'ants-permis': {
    es: 'Trámite del permiso de conducir',
    ar: 'إجراء رخصة السياقة',
    uk: 'Процедура щодо водійського посвідчення',
  },
  'ants-identite': {
    es: 'Pre-solicitud de documento de identidad o pasaporte',
    ar: 'الطلب المسبق لبطاقة الهوية أو جواز السفر',
    uk: 'Попередня заява на посвідчення особи або паспорт',
  },
  'ants-autre': {
    es: 'Otro trámite en el sitio de la ANTS',
    ar: 'إجراء آخر على موقع ANTS',
    uk: 'Інша процедура на сайті ANTS',
  },
  'france-travail-inscription': {
    es: 'Inscribirse en France Travail',
    ar: 'التسجيل في France Travail',
    uk: 'Зареєструватися у France Travail',
  },
  'france-travail-actualisation': {
    es: 'Actualizar la situación cada mes en France Travail',
    ar: 'التحيين الشهري لدى France Travail',
    uk: 'Щомісячне оновлення у France Travail',
  },
  'france-travail-autre': {
    es: 'Otro trámite con France Travail',
    ar: 'إجراء آخر مع France Travail',
    uk: 'Інша процедура з France Travail',
  },
  'retraite-demande': { es: 'Solicitar la jubilación', ar: 'طلب التقاعد', uk: 'Подати заяву на пенсію' },
  'retraite-aspa': {
    es: 'Solicitar la ASPA (pensión mínima)',
    ar: 'طلب ASPA (الحد الأدنى للشيخوخة)',
    uk: 'Подати заяву на ASPA (мінімальна пенсія)',
  },
  'msa-demarche': {
    es: 'Trámite con la MSA (agricultores)',
    ar: 'إجراء مع MSA (الفلاحون)',
    uk: 'Процедура з MSA (сільське господарство)',
  },
  'anef-titre-sejour': {
    es: 'Pedir o renovar un permiso de residencia (ANEF)',
    ar: 'طلب بطاقة الإقامة أو تجديدها (ANEF)',
    uk: 'Отримати або продовжити посвідку на проживання (ANEF)',
  },
  'franceconnect-identite': {
    es: 'Conectarse con FranceConnect',
    ar: 'تسجيل الدخول عبر FranceConnect',
    uk: 'Увійти через FranceConnect',
  },
  'cheque-energie': {
    es: 'Usar o reclamar el cheque energía',
    ar: 'استخدام شيك الطاقة أو المطالبة به',
    uk: 'Використати або отримати енергетичний чек',
  },
  'mdph-demande': {
    es: 'Hacer una solicitud a la MDPH (discapacidad)',
    ar: 'تقديم طلب إلى MDPH (الإعاقة)',
    uk: 'Подати заяву до MDPH (інвалідність)',
  },
  'logement-social-demande': {
    es: 'Solicitar una vivienda social',
    ar: 'طلب سكن اجتماعي',
    uk: 'Подати заяву на соціальне житло',
  },
  'service-public-demarche': {
    es: 'Un trámite en service-public.fr',
    ar: 'إجراء على service-public.fr',
    uk: 'Процедура на service-public.fr',
  },
  'demarches-simplifiees': {
    es: 'Un formulario en demarches-simplifiees.fr',
    ar: 'استمارة على demarches-simplifiees.fr',
    uk: 'Форма на demarches-simplifiees.fr',
  },
  'autre-demarche': {
    es: 'Otro trámite en línea',
    ar: 'إجراء آخر عبر الإنترنت',
    uk: 'Інша онлайн-процедура',
  },
  aah: {
    es: 'Solicitar la AAH (subsidio para adultos con discapacidad)',
    ar: 'طلب إعانة البالغين ذوي الإعاقة (AAH)',
    uk: 'Подати заяву на AAH (допомога дорослим з інвалідністю)',
  },
  ame: {
    es: 'Solicitar la AME (ayuda médica del Estado)',
    ar: 'طلب المساعدة الطبية للدولة (AME)',
    uk: 'Подати заяву на AME (державна медична допомога)',
  },
  'retraite-reversion': {
    es: 'Solicitar una pensión de viudedad (réversion)',
    ar: 'طلب معاش الأرملة أو الأرمل (réversion)',
    uk: 'Подати заяву на пенсію у разі втрати годувальника (réversion)',
  },
  naturalisation: {
    es: 'Solicitar la nacionalidad francesa (naturalización)',
    ar: 'طلب الجنسية الفرنسية (التجنس)',
    uk: 'Подати заяву на французьке громадянство (натуралізація)',
  },
  procuration: {
    es: 'Dar un poder para votar (procuration)',
    ar: 'توكيل شخص للتصويت عنك (procuration)',
    uk: 'Видати довіреність на голосування (procuration)',
  },
  apa: {
    es: 'Solicitar la APA (subsidio personalizado de autonomía)',
    ar: 'طلب إعانة الاستقلالية الشخصية (APA)',
    uk: 'Подати заяву на APA (персональна допомога для самостійності)',
  },
  maprimerenov: {
    es: 'Solicitar MaPrimeRénov’ (ayuda para obras de renovación)',
    ar: 'طلب MaPrimeRénov’ (إعانة أشغال الترميم)',
    uk: 'Подати заяву на MaPrimeRénov’ (допомога на ремонт житла)',
  },
  'antai-amende': {
    es: 'Pagar o recurrir una multa (ANTAI)',
    ar: 'دفع مخالفة أو الطعن فيها (ANTAI)',
    uk: 'Сплатити або оскаржити штраф (ANTAI)',
  },
  'mon-compte-formation': {
    es: 'Usar la cuenta de formación (Mon compte formation)',
    ar: 'استخدام حساب التكوين (Mon compte formation)',
    uk: 'Використати рахунок навчання (Mon compte formation)',
  },
  'etudiant-bourse-logement': {
    es: 'Solicitar una beca o un alojamiento de estudiante (Crous)',
    ar: 'طلب منحة أو سكن طلابي (Crous)',
    uk: 'Подати заяву на стипендію або студентське житло (Crous)',
  },
  parcoursup: {
    es: 'Inscribirse en la enseñanza superior (Parcoursup)',
    ar: 'التسجيل في التعليم العالي (Parcoursup)',
    uk: 'Вступ до вищого навчального закладу (Parcoursup)',
  },
  'urssaf-micro-entrepreneur': {
    es: 'Declarar el volumen de negocios de microempresario (Urssaf)',
    ar: 'التصريح برقم أعمال المقاول الذاتي (Urssaf)',
    uk: 'Задекларувати оборот мікропідприємця (Urssaf)',
  },
  'tarif-social-transport': {
    es: 'Solicitar una tarifa social de transporte',
    ar: 'طلب تعريفة نقل اجتماعية',
    uk: 'Подати заяву на соціальний тариф на транспорт',
  },
  'bourse-scolaire-cantine': {
    es: 'Solicitar una beca escolar, inscribir en el comedor',
    ar: 'طلب منحة مدرسية أو التسجيل في المطعم المدرسي',
    uk: 'Подати заяву на шкільну стипендію, записати до їдальні',
  },
  mesdroitssociaux: {
    es: 'Saber a qué ayudas se tiene derecho (simulador mesdroitssociaux)',
    ar: 'معرفة المساعدات التي يحق لك الحصول عليها (محاكي mesdroitssociaux)',
    uk: 'Дізнатися, на які допомоги ви маєте право (симулятор mesdroitssociaux)',
  },
};
