import type { Journey } from '../../src';

/**
 * A right-to-left journey (Arabic): opening a bank account in a mobile app. Written
 * for the stories only; the shared example journeys live in `stories/data/`.
 */
export const arabicBankJourney: Journey = {
  schemaVersion: 1,
  id: 'bank-account-ar',
  title: 'فتح حساب مصرفي عبر تطبيق الجوال',
  description: 'رحلة ليلى من سماعها بالبنك الرقمي حتى أول تحويل لراتبها، كما رسمناها من مقابلات العملاء وبيانات التطبيق.',
  kind: 'current-state',
  locale: 'ar',
  dir: 'rtl',
  emotionScale: { min: -3, max: 3 },
  meta: { owner: 'فريق تجربة العملاء', updatedAt: '2026-10-12' },
  personas: [
    {
      id: 'layla',
      name: 'ليلى حداد',
      age: 29,
      role: 'مصممة جرافيك مستقلة',
      location: 'عمّان',
      quote: 'أريد حسابًا أفتحه من هاتفي في المساء، دون أن أزور الفرع.',
      goals: [
        { text: 'استلام دفعات العملاء بسرعة وبلا رسوم خفية', kind: 'career' },
        { text: 'ادخار مبلغ شهري للسفر', kind: 'personal' },
      ],
      needs: ['تسجيل سريع من الهاتف', 'رسوم واضحة منذ البداية'],
      frustrations: ['طلب المستندات نفسها أكثر من مرة', 'انتظار مكالمة التحقق'],
      channels: ['mobile-app', 'social', 'chat', 'phone'],
    },
  ],
  stages: [
    { id: 'discover', name: 'الاكتشاف', goal: 'أن تعرف أن الحساب يُفتح بالكامل من الهاتف' },
    { id: 'signup', name: 'التسجيل', duration: '10 دقائق' },
    { id: 'verify', name: 'التحقق من الهوية', duration: 'يومان', trigger: 'رسالة تطلب صورة الهوية' },
    { id: 'fund', name: 'أول إيداع' },
    { id: 'use', name: 'الاستخدام اليومي' },
  ],
  lanes: [
    { id: 'actions', kind: 'actions', label: 'ما تفعله' },
    { id: 'touchpoints', kind: 'touchpoints', label: 'نقاط التواصل' },
    { id: 'thoughts', kind: 'thoughts', label: 'ما تفكر فيه' },
    { id: 'emotion', kind: 'emotion', label: 'المشاعر' },
    { id: 'pains', kind: 'pains', label: 'نقاط الألم' },
    { id: 'opportunities', kind: 'opportunities', label: 'الفرص' },
  ],
  cards: [
    { id: 'a-discover', stage: 'discover', lane: 'actions', kind: 'action', title: 'تشاهد إعلانًا وتسأل صديقاتها عن البنك' },
    { id: 'a-signup', stage: 'signup', lane: 'actions', kind: 'action', title: 'تحمّل التطبيق وتدخل بياناتها' },
    { id: 'a-verify', stage: 'verify', lane: 'actions', kind: 'action', title: 'تصوّر الهوية وتسجّل مقطع فيديو قصيرًا' },
    { id: 'a-fund', stage: 'fund', lane: 'actions', kind: 'action', title: 'تحوّل مبلغًا صغيرًا من حسابها القديم' },
    { id: 'a-use', stage: 'use', lane: 'actions', kind: 'action', title: 'تستلم دفعة من عميل وتدفع فواتيرها' },
    { id: 't-social', stage: 'discover', lane: 'touchpoints', kind: 'touchpoint', title: 'إعلان على إنستغرام', channel: 'social' },
    { id: 't-app', stage: 'signup', lane: 'touchpoints', kind: 'touchpoint', title: 'شاشات التسجيل في التطبيق', channel: 'mobile-app', endStage: 'verify' },
    { id: 't-call', stage: 'verify', lane: 'touchpoints', kind: 'touchpoint', title: 'مكالمة التحقق من موظف البنك', channel: 'phone', momentOfTruth: true, evidence: ['ev-interviews'] },
    { id: 't-chat', stage: 'fund', lane: 'touchpoints', kind: 'touchpoint', title: 'المحادثة داخل التطبيق', channel: 'chat' },
    { id: 't-notify', stage: 'use', lane: 'touchpoints', kind: 'touchpoint', title: 'إشعارات فورية بكل دفعة', channel: 'mobile-app' },
    { id: 'th-discover', stage: 'discover', lane: 'thoughts', kind: 'thought', title: 'هل هو بنك حقيقي أم مجرد تطبيق؟' },
    { id: 'th-verify', stage: 'verify', lane: 'thoughts', kind: 'thought', title: 'لماذا يطلبون الصورة مرة ثانية؟' },
    { id: 'th-use', stage: 'use', lane: 'thoughts', kind: 'thought', title: 'أخيرًا أعرف أين يذهب مالي' },
    { id: 'p-verify', stage: 'verify', lane: 'pains', kind: 'pain', title: 'رُفضت صورة الهوية دون ذكر السبب', severity: 'high', evidence: ['ev-interviews', 'ev-analytics'] },
    { id: 'p-fund', stage: 'fund', lane: 'pains', kind: 'pain', title: 'التحويل الأول استغرق يومًا كاملًا', severity: 'medium', evidence: ['ev-guess'] },
    { id: 'o-verify', stage: 'verify', lane: 'opportunities', kind: 'opportunity', title: 'فحص جودة الصورة قبل الإرسال', impact: 'high', effort: 'low', status: 'planned', owner: 'فريق التطبيق' },
    { id: 'o-fund', stage: 'fund', lane: 'opportunities', kind: 'opportunity', title: 'تحويل فوري لأول إيداع', impact: 'medium', effort: 'medium', status: 'idea' },
  ],
  emotions: [
    { stage: 'discover', score: 1, label: 'فضول' },
    { stage: 'signup', score: 2, label: 'حماس' },
    { stage: 'verify', score: -2, label: 'إحباط' },
    { stage: 'fund', score: 0, label: 'قلق' },
    { stage: 'use', score: 3, label: 'ارتياح' },
  ],
  evidence: [
    { id: 'ev-interviews', kind: 'interview', label: 'مقابلات مع 12 عميلة جديدة', sampleSize: 12 },
    { id: 'ev-analytics', kind: 'analytics', label: 'نسبة التسرب في شاشة الهوية' },
    { id: 'ev-guess', kind: 'assumption', label: 'تقدير فريق العمليات' },
  ],
};
