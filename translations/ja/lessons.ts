<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ClassroomDialog</name>
    <message>
        <source>Toolbar</source>
        <translation>ツールバー</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>ステータスバー</translation>
    </message>
    <message>
        <source>Classroom mode</source>
        <translation>授業モード</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字の大きさ</translation>
    </message>
    <message>
        <source>Line width on the canvas</source>
        <translation>キャンバスの線の太さ</translation>
    </message>
    <message>
        <source>For a projector: larger text, thicker links, fewer panels.
Saved with the network file.</source>
        <translation>プロジェクター向け: 大きな文字、太いリンク、少ないパネル。
ネットワークファイルと一緒に保存されます。</translation>
    </message>
    <message>
        <source>Hide while classroom mode is on:</source>
        <translation>授業モードの間は隠すもの:</translation>
    </message>
</context>
<context>
    <name>LessonBrowser</name>
    <message>
        <source>Open Optimizer playground</source>
        <extracomment>The button that opens a lesson&apos;s view again: &quot;Open the digit pad&quot; (whole sentences: word order differs).</extracomment>
        <translation>「最適化手法の遊び場」を開く</translation>
    </message>
    <message>
        <source>Open Derivatives lab</source>
        <translation>「手で求める微分」を開く</translation>
    </message>
    <message>
        <source>Open Activation gallery</source>
        <translation>「活性化関数ギャラリー」を開く</translation>
    </message>
    <message>
        <source>Open the digit pad</source>
        <translation>「数字を描く」を開く</translation>
    </message>
    <message>
        <source>Open Confusion matrix</source>
        <translation>「混同行列」を開く</translation>
    </message>
    <message>
        <source>Open the optimizer race</source>
        <translation>「最適化手法の競走」を開く</translation>
    </message>
    <message>
        <source>Open Step-through</source>
        <translation>「ステップ実行」を開く</translation>
    </message>
    <message>
        <source>Open Gradient check</source>
        <translation>「勾配確認」を開く</translation>
    </message>
    <message>
        <source>Open Loss and softmax</source>
        <translation>「損失関数と softmax」を開く</translation>
    </message>
    <message>
        <source>Open Gradient view</source>
        <translation>「勾配ビュー」を開く</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lessons&lt;/b&gt; — from one perceptron to Adam. Each has a goal the app checks as you work.</source>
        <translation>&lt;b&gt;レッスン&lt;/b&gt; — パーセプトロン 1 個から Adam まで。どのレッスンにも目標があり、作業に合わせてアプリが確認します。</translation>
    </message>
    <message>
        <source>%v of %m done</source>
        <translation>%m 個中 %v 個完了</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>始める</translation>
    </message>
    <message>
        <source>☰ All lessons</source>
        <translation>☰ レッスン一覧</translation>
    </message>
    <message>
        <source>Back to the list of lessons and your progress</source>
        <translation>レッスンの一覧と進み具合に戻ります</translation>
    </message>
    <message>
        <source>↺ Start over</source>
        <translation>↺ 最初から</translation>
    </message>
    <message>
        <source>Start this lesson over from the beginning</source>
        <translation>このレッスンを最初からやり直します</translation>
    </message>
    <message>
        <source>&lt;b&gt;Goal&lt;/b&gt;</source>
        <translation>&lt;b&gt;目標&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>ヒント</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>答えを見る</translation>
    </message>
    <message>
        <source>Apply the solution (Ctrl+Z undoes it)</source>
        <translation>解答を適用します (Ctrl+Z で元に戻せます)</translation>
    </message>
    <message>
        <source>The previous lesson</source>
        <translation>前のレッスン</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>次へ ▶</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>挑戦可能</translation>
    </message>
    <message>
        <source>Reach the goal of the lesson before to unlock this one</source>
        <translation>前のレッスンの目標を達成すると、このレッスンに進めます</translation>
    </message>
    <message>
        <source>Could not read a lesson: {problem}</source>
        <translation>レッスンを読み込めませんでした: {problem}</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
    <message>
        <source>Lesson {number} of {total}</source>
        <translation>レッスン {number}／{total}</translation>
    </message>
    <message>
        <source>Open the view</source>
        <translation>画面を開く</translation>
    </message>
    <message>
        <source>Open the view this lesson is about again (it opened when the lesson started)</source>
        <translation>このレッスンで使う画面をもう一度開きます (レッスンの開始時に開いたものです)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Solution.&lt;/b&gt; {text}</source>
        <translation>&lt;b&gt;解答：&lt;/b&gt;{text}</translation>
    </message>
    <message>
        <source>✓ That is the solution. Ctrl+Z takes it back, if you want to try it yourself.</source>
        <translation>✓ これが解答です。自分で試したいときは、Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>★ Goal reached — and that was the last lesson. Well done!</source>
        <translation>★ 目標達成です。これで最後のレッスンも終わりました。よくできました！</translation>
    </message>
    <message>
        <source>★ Goal reached! The next lesson is unlocked.</source>
        <translation>★ 目標達成です！次のレッスンに進めるようになりました。</translation>
    </message>
    <message>
        <source>✓ Goal reached.</source>
        <translation>✓ 目標達成です。</translation>
    </message>
    <message>
        <source>Lesson done: {title}</source>
        <translation>レッスン完了: {title}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hint {number}.&lt;/b&gt; {text}</source>
        <translation>&lt;b&gt;ヒント {number}：&lt;/b&gt;{text}</translation>
    </message>
    <message>
        <source>Another hint ({left} left)</source>
        <translation>次のヒント（残り {left}）</translation>
    </message>
    <message>
        <source>No more hints</source>
        <translation>ヒントはもうありません</translation>
    </message>
    <message>
        <source>Reach this lesson&apos;s goal to unlock the next one</source>
        <translation>このレッスンの目標を達成すると、次のレッスンに進めます</translation>
    </message>
</context>
<context>
    <name>LessonController</name>
    <message>
        <source>Show me: {title}</source>
        <translation>答えを見る: {title}</translation>
    </message>
    <message>
        <source>Lesson settings</source>
        <translation>レッスンの設定</translation>
    </message>
    <message>
        <source>Lesson network</source>
        <translation>レッスンのネットワーク</translation>
    </message>
</context>
<context>
    <name>LessonsMenu</name>
    <message>
        <source>Lessons</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <source>Guided lessons with goals the app checks</source>
        <translation>目標をアプリが確認するガイド付きレッスン</translation>
    </message>
    <message>
        <source>Lesso&amp;ns</source>
        <translation>レッスン(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Lessons…</source>
        <translation>レッスン一覧(&amp;L)…</translation>
    </message>
    <message>
        <source>Guided lessons from one perceptron to Adam, each with a goal the app checks</source>
        <translation>パーセプトロン 1 個から Adam までのガイド付きレッスン。どのレッスンも目標をアプリが確認します</translation>
    </message>
    <message>
        <source>&amp;Classroom mode</source>
        <translation>授業モード(&amp;C)</translation>
    </message>
    <message>
        <source>Larger fonts and thicker lines for a projector; saved with the network file</source>
        <translation>プロジェクター向けに文字を大きく、線を太くします。ネットワークファイルと一緒に保存されます</translation>
    </message>
    <message>
        <source>Classroom &amp;settings…</source>
        <translation>授業モードの設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Text size, line width and the panels classroom mode hides</source>
        <translation>文字の大きさ、線の太さ、授業モードで隠すパネル</translation>
    </message>
    <message>
        <source>&amp;Forget my progress</source>
        <translation>進み具合を消去(&amp;F)</translation>
    </message>
</context>
</TS>
