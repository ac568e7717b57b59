<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>DataSource</name>
    <message>
        <source>There is no dataset to train on.</source>
        <translation>学習に使うデータセットがありません。</translation>
    </message>
    <message>
        <source>Click “{button}”, or pick another dataset.</source>
        <translation>「{button}」をクリックするか、別のデータセットを選んでください。</translation>
    </message>
    <message>
        <source>The {dataset} data could not be loaded: {error}</source>
        <translation>データ「{dataset}」を読み込めませんでした: {error}</translation>
    </message>
    <message>
        <source>Adapt the network to the dataset</source>
        <translation>ネットワークをデータに合わせる</translation>
    </message>
</context>
<context>
    <name>DatasetPicker</name>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>What the network learns from</source>
        <translation>ネットワークが学習するデータ</translation>
    </message>
    <message>
        <source>The dataset to train on; the description below says what it is</source>
        <translation>学習に使うデータセット。内容は下の説明にあります</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Data details</source>
        <translation>データの詳細</translation>
    </message>
    <message>
        <source>How the data is generated and split</source>
        <translation>データの生成と分割の方法</translation>
    </message>
    <message>
        <source>How many points to generate (train and test together)</source>
        <translation>生成する点の数 (訓練データとテストデータの合計)</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>サンプル数</translation>
    </message>
    <message>
        <source>Standard deviation of random noise added to every point</source>
        <translation>各点に加えるランダムなノイズの標準偏差</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>ノイズ</translation>
    </message>
    <message>
        <source>Share of the samples held back as a test set: never trained on, used to see how well the network generalises</source>
        <translation>テストデータとして取り分けるサンプルの割合です。学習には使わず、ネットワークの汎化性能を確かめるのに使います</translation>
    </message>
    <message>
        <source>Test set</source>
        <translation>テストデータ</translation>
    </message>
    <message>
        <source>Seed of the random numbers that generate and split the data: the same seed gives the same points</source>
        <translation>データの生成と分割に使う乱数のシードです。同じシードなら同じ点になります</translation>
    </message>
    <message>
        <source>Data seed</source>
        <translation>データのシード</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV を読み込む…</translation>
    </message>
    <message>
        <source>Read a table of numbers with one label column</source>
        <translation>ラベルの列を 1 つ含む数値の表を読み込みます</translation>
    </message>
    <message>
        <source>Import MNIST IDX…</source>
        <translation>MNIST IDX を読み込む…</translation>
    </message>
    <message>
        <source>Read MNIST-style IDX image and label files</source>
        <translation>MNIST 形式の IDX 画像ファイルとラベルファイルを読み込みます</translation>
    </message>
    <message>
        <source>{0} training, {1} test samples.</source>
        <translation>訓練データ {0} 個、テストデータ {1} 個。</translation>
    </message>
    <message>
        <source>{0} training samples, no test set.</source>
        <translation>訓練データ {0} 個、テストデータなし。</translation>
    </message>
    <message>
        <source>Could not import the data</source>
        <translation>データを読み込めませんでした</translation>
    </message>
    <message>
        <source>Open IDX images (e.g. train-images-idx3-ubyte)</source>
        <translation>IDX 画像ファイルを開く (例: train-images-idx3-ubyte)</translation>
    </message>
    <message>
        <source>Open the matching IDX labels (e.g. train-labels-idx1-ubyte)</source>
        <translation>対応する IDX ラベルファイルを開く (例: train-labels-idx1-ubyte)</translation>
    </message>
    <message>
        <source>Import CSV data</source>
        <translation>CSV データの読み込み</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.gz);;All files (*)</source>
        <translation>表 (*.csv *.tsv *.txt *.gz);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>IDX files (*idx* *.gz);;All files (*)</source>
        <translation>IDX ファイル (*idx* *.gz);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>DiagnosisNotice</name>
    <message>
        <source>The loss has stopped improving:</source>
        <translation>損失が下がらなくなりました:</translation>
    </message>
    <message>
        <source>This run did not learn:</source>
        <translation>学習がうまくいきませんでした:</translation>
    </message>
    <message>
        <source>One click: {fix} (fresh weights, one undo step)</source>
        <translation>ワンクリックで: {fix} (重みを初期化し直します。1 回で元に戻せます)</translation>
    </message>
    <message>
        <source>One click: {fix}</source>
        <translation>ワンクリックで: {fix}</translation>
    </message>
</context>
<context>
    <name>DocumentFollower</name>
    <message>
        <source>Training stopped: another network was opened.</source>
        <translation>別のネットワークが開かれたため、学習を停止しました。</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Adapt the network to the dataset</source>
        <translation>ネットワークをデータに合わせる</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Start, pause and step the training</source>
        <translation>学習の開始・一時停止・ステップ実行</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Train one mini-batch, then pause</source>
        <translation>ミニバッチを 1 つ学習して一時停止します</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>エポック</translation>
    </message>
    <message>
        <source>Train until the current epoch is complete</source>
        <translation>現在のエポックが終わるまで学習します</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>New initial weights from the initialisation and seed below, and a cleared loss curve (one undo step). The same seed repeats the same run.</source>
        <translation>下の初期化方法とシードから重みを初期化し直し、損失のグラフを消去します (1 回で元に戻せます)。同じシードなら同じ学習が繰り返されます。</translation>
    </message>
    <message>
        <source>slow</source>
        <translation>遅い</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Epochs completed, mini-batches (steps) trained, and the current training speed</source>
        <translation>完了したエポック数、学習したミニバッチ数 (ステップ数)、現在の学習速度</translation>
    </message>
    <message>
        <source>Change the network&apos;s inputs, outputs and output activation (one undo step) and the loss, so that it fits the chosen data</source>
        <translation>選んだデータに合うように、ネットワークの入力・出力・出力層の活性化関数 (1 回で元に戻せます) と損失関数を変更します</translation>
    </message>
    <message>
        <source>Use suggestion</source>
        <translation>提案を使う</translation>
    </message>
    <message>
        <source>Apply the suggested pairing (network changes are one undo step)</source>
        <translation>提案された組み合わせを適用します (ネットワークの変更は 1 回で元に戻せます)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>今のままにする</translation>
    </message>
    <message>
        <source>Hide this suggestion and keep the current settings</source>
        <translation>この提案を隠して、今の設定を使い続けます</translation>
    </message>
    <message>
        <source>The loss function training minimises</source>
        <translation>学習で最小化する損失関数</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失関数</translation>
    </message>
    <message>
        <source>Starting weights</source>
        <translation>重みの初期値</translation>
    </message>
    <message>
        <source>How the weights start (Reset) and the L2 penalty on them</source>
        <translation>重みの初期値 (「リセット」時) と重みへの L2 ペナルティ</translation>
    </message>
    <message>
        <source>How Reset draws the initial weights (biases start at 0)</source>
        <translation>「リセット」で重みの初期値をどう決めるか (バイアスは 0 から始まります)</translation>
    </message>
    <message>
        <source>Initial weights</source>
        <translation>初期化方法</translation>
    </message>
    <message>
        <source>Seed of the initial weights (used by Reset) and of the shuffling order: the same seed repeats a run exactly</source>
        <translation>重みの初期値 (「リセット」で使用) とシャッフルの順序のシードです。同じシードなら同じ学習を正確に再現できます</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>L2 weight decay λ: adds ½λΣW² to the loss, pulling weights toward 0 (0 = off)</source>
        <translation>L2 の Weight decay (荷重減衰) λ: 損失に ½λΣW² を加え、重みを 0 に近づけます (0 = なし)</translation>
    </message>
    <message>
        <source>L2 decay</source>
        <translation>荷重減衰 (L2)</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>学習の設定</translation>
    </message>
    <message>
        <source>What training minimises and how each step changes the weights</source>
        <translation>学習で最小化するものと、各ステップでの重みの更新方法</translation>
    </message>
    <message>
        <source>The update rule</source>
        <translation>重みの更新規則</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>最適化手法</translation>
    </message>
    <message>
        <source>Learning rate η: how far each step moves. Too large and the loss explodes; too small and nothing seems to happen. Changes apply while training runs.</source>
        <translation>学習率 η: 1 ステップで進む大きさです。大きすぎると損失が発散し、小さすぎると何も起きていないように見えます。学習中に変えてもすぐに反映されます。</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>Mini-batch size: samples per step. 1 = pure stochastic; the training-set size = full-batch gradient descent</source>
        <translation>ミニバッチのサイズ: 1 ステップあたりのサンプル数です。1 なら純粋な確率的勾配降下法、訓練データの数ならバッチ全体での勾配降下法になります</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>バッチサイズ</translation>
    </message>
    <message>
        <source>Play stops after this epoch; pressing Play again trains this many more</source>
        <translation>「開始」した学習はこのエポックで止まります。もう一度「開始」を押すと、さらにこのエポック数だけ学習します</translation>
    </message>
    <message>
        <source>Stop at epoch</source>
        <translation>停止エポック</translation>
    </message>
    <message>
        <source>float64 (exact)</source>
        <translation>float64 (正確)</translation>
    </message>
    <message>
        <source>float32 (faster)</source>
        <translation>float32 (高速)</translation>
    </message>
    <message>
        <source>Number format while training: float64 keeps every digit for inspection; float32 trains faster on large networks, with about 7 exact digits</source>
        <translation>学習中の数値の形式: float64 は検証のためにすべての桁を保ちます。float32 は大きなネットワークで速く学習しますが、正確な桁は約 7 桁です</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>数値精度</translation>
    </message>
    <message>
        <source>Suggested:</source>
        <translation>提案:</translation>
    </message>
    <message>
        <source>Suggested for {dataset}:</source>
        <translation>「{dataset}」向けの提案:</translation>
    </message>
    <message>
        <source>Cannot train: {problem}</source>
        <translation>学習できません: {problem}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Pause training (Space)</source>
        <translation>学習を一時停止 (Space キー)</translation>
    </message>
    <message>
        <source>Train until the epoch limit (Space)</source>
        <translation>停止エポックまで学習 (Space キー)</translation>
    </message>
    <message>
        <source>Train until the current epoch is complete, then pause</source>
        <translation>現在のエポックが終わるまで学習して一時停止します</translation>
    </message>
    <message>
        <source>Perceptron rule</source>
        <translation>パーセプトロンの学習則</translation>
    </message>
    <message>
        <source>Plain stochastic gradient descent: w ← w − η·∂L/∂w.</source>
        <translation>素朴な確率的勾配降下法: w ← w − η·∂L/∂w。</translation>
    </message>
    <message>
        <source>Gradient descent with a velocity that keeps rolling in consistent directions.</source>
        <translation>速度を持つ勾配降下法。同じ向きが続くと、ボールが転がるように加速します。</translation>
    </message>
    <message>
        <source>Momentum that looks ahead before it steps (Nesterov&apos;s accelerated gradient).</source>
        <translation>進む前に先を見越す Momentum (Nesterov の加速勾配法)。</translation>
    </message>
    <message>
        <source>Shrinks each weight&apos;s step as its squared gradients add up.</source>
        <translation>勾配の 2乗が積み重なるにつれて、重みごとに更新の幅を小さくします。</translation>
    </message>
    <message>
        <source>Like AdaGrad, but forgets old gradients, so steps do not shrink for ever.</source>
        <translation>AdaGrad に似ていますが、古い勾配を忘れていくので、更新の幅が小さくなり続けることはありません。</translation>
    </message>
    <message>
        <source>Momentum plus RMSprop-style step sizes, with bias correction.</source>
        <translation>Momentum と RMSprop 式の更新幅を組み合わせ、バイアス補正を加えた手法。</translation>
    </message>
    <message>
        <source>Rosenblatt&apos;s rule w ← w + η(t − y)x, for a single layer of step units.</source>
        <translation>ローゼンブラットの学習則 w ← w + η(t − y)x。ステップ関数のニューロン 1 層だけに使えます。</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>How much of the previous step carries over (0 = none).</source>
        <translation>前のステップの移動をどれだけ引き継ぐか (0 = 引き継がない)。</translation>
    </message>
    <message>
        <source>Decay rate</source>
        <translation>減衰率</translation>
    </message>
    <message>
        <source>How slowly RMSprop forgets old squared gradients.</source>
        <translation>RMSprop が古い勾配の 2乗をどれだけゆっくり忘れるか。</translation>
    </message>
    <message>
        <source>Adam: how slowly the mean of the gradients forgets.</source>
        <translation>Adam: 勾配の平均をどれだけゆっくり忘れるか。</translation>
    </message>
    <message>
        <source>Adam: how slowly the mean of the squared gradients forgets.</source>
        <translation>Adam: 勾配の 2乗の平均をどれだけゆっくり忘れるか。</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>ゼロ</translation>
    </message>
    <message>
        <source>Normal (σ = 0.01)</source>
        <translation>正規分布 (σ = 0.01)</translation>
    </message>
    <message>
        <source>Mean squared error, ½Σ(y − t)²: for regression, and for gates as in the textbook.</source>
        <translation>2乗和誤差 ½Σ(y − t)²: 回帰に使います。教科書と同じく論理ゲートにも使います。</translation>
    </message>
    <message>
        <source>Cross-entropy −Σ t·log y: for softmax outputs, one per class.</source>
        <translation>交差エントロピー誤差 −Σ t·log y: クラスごとに 1 つある softmax の出力に使います。</translation>
    </message>
    <message>
        <source>Binary cross-entropy: for one sigmoid output, the probability of class 1.</source>
        <translation>2値の交差エントロピー誤差: sigmoid の出力が 1 つ (クラス 1 の確率) のときに使います。</translation>
    </message>
    <message>
        <source>Training speed. 10 trains as fast as the computer can; lower speeds pause between epochs (1 = one epoch per second) so you can watch the weights move.</source>
        <translation>学習の速度です。10 ではコンピュータの出せる最高の速さで学習します。それより低い速度ではエポックの間で待ち (1 = 1 秒に 1 エポック)、重みが動く様子を見られます。</translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <source>Reset weights</source>
        <extracomment>200 epochs a second: fast, yet a learner can watch a run unfold (10 = as fast as possible).</extracomment>
        <translation>重みをリセット</translation>
    </message>
    <message>
        <source>The training process could not start: {error}</source>
        <translation>学習プロセスを起動できませんでした: {error}</translation>
    </message>
    <message>
        <source>{problem} The weights shown are kept; press Play to train on.</source>
        <translation>{problem}表示中の重みはそのまま残っています。「開始」を押すと学習を続けます。</translation>
    </message>
    <message>
        <source>{problem} Press Play to start it again.</source>
        <translation>{problem}「開始」を押すと再び起動します。</translation>
    </message>
    <message>
        <source>Training paused because the network was edited; Play continues from the edited network.</source>
        <translation>ネットワークが編集されたため、学習を一時停止しました。「開始」を押すと編集後のネットワークから続けます。</translation>
    </message>
    <message>
        <source>Train epoch {0}</source>
        <translation>エポック {0} の学習</translation>
    </message>
    <message>
        <source>Train epochs {0}–{1}</source>
        <translation>エポック {0}–{1} の学習</translation>
    </message>
    <message>
        <source>Train one mini-batch</source>
        <translation>ミニバッチ 1 つの学習</translation>
    </message>
    <message>
        <source>Train {0} mini-batches</source>
        <translation>ミニバッチ {0} 個の学習</translation>
    </message>
</context>
<context>
    <name>TrainingStatus</name>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>学習中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Diverged</source>
        <translation>発散</translation>
    </message>
    <message>
        <source>epoch {0}</source>
        <translation>エポック {0}</translation>
    </message>
    <message>
        <source>step {0}</source>
        <translation>ステップ {0}</translation>
    </message>
    <message>
        <source>{0} epochs/s</source>
        <translation>{0} エポック/秒</translation>
    </message>
</context>
<context>
    <name>TrainingWiring</name>
    <message>
        <source>Training</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Data, loss, optimizer and run controls</source>
        <translation>データ、損失関数、最適化手法と実行の操作</translation>
    </message>
    <message>
        <source>Decision boundary</source>
        <translation>決定境界</translation>
    </message>
    <message>
        <source>The network&apos;s answer over the input plane</source>
        <translation>入力平面上でのネットワークの答え</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>Loss and accuracy per epoch</source>
        <translation>エポックごとの損失と認識精度</translation>
    </message>
    <message>
        <source>Probe sample</source>
        <translation>注目サンプル</translation>
    </message>
    <message>
        <source>The network&apos;s outputs for one sample</source>
        <translation>1 つのサンプルに対するネットワークの出力</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>開始(&amp;P)</translation>
    </message>
    <message>
        <source>Train until the epoch limit (Space)</source>
        <translation>停止エポックまで学習 (Space キー)</translation>
    </message>
    <message>
        <source>&amp;Step one mini-batch</source>
        <translation>ミニバッチを 1 つ進める(&amp;S)</translation>
    </message>
    <message>
        <source>Train one mini-batch, then pause</source>
        <translation>ミニバッチを 1 つ学習して一時停止します</translation>
    </message>
    <message>
        <source>Step one &amp;epoch</source>
        <translation>1 エポック進める(&amp;E)</translation>
    </message>
    <message>
        <source>Train until the current epoch is complete</source>
        <translation>現在のエポックが終わるまで学習します</translation>
    </message>
    <message>
        <source>&amp;Reset weights</source>
        <translation>重みをリセット(&amp;R)</translation>
    </message>
    <message>
        <source>New initial weights from the training settings&apos; initialisation and seed; clears the loss curve</source>
        <translation>学習設定の初期化方法とシードから重みを初期化し直し、損失のグラフを消去します</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>学習(&amp;T)</translation>
    </message>
    <message>
        <source>Training progress: epochs completed, mini-batches trained, and speed</source>
        <translation>学習の進み具合: 完了したエポック数、学習したミニバッチ数、速度</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Pause training (Space)</source>
        <translation>学習を一時停止 (Space キー)</translation>
    </message>
    <message>
        <source>Cannot train: {problem}</source>
        <translation>学習できません: {problem}</translation>
    </message>
</context>
<context>
    <name>WorkerLink</name>
    <message>
        <source>The training process did not answer within {0} s and was stopped.</source>
        <translation>学習プロセスが {0} 秒以内に応答しなかったため、停止しました。</translation>
    </message>
    <message>
        <source>The training process stopped unexpectedly.</source>
        <translation>学習プロセスが予期せず停止しました。</translation>
    </message>
    <message>
        <source>The training process stopped unexpectedly (exit code {0}).</source>
        <translation>学習プロセスが予期せず停止しました（終了コード {0}）。</translation>
    </message>
    <message>
        <source>The training process stopped unexpectedly (killed by signal {0}).</source>
        <translation>学習プロセスが予期せず停止しました（シグナル {0} で強制終了）。</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>Training cannot start: {error}</source>
        <extracomment>The BLAS libraries NumPy may use, and the variable each reads its thread count from at start. Speed level -&gt; epochs per second it aims for (slower levels sleep between epochs).</extracomment>
        <translation>学習を開始できません: {error}</translation>
    </message>
    <message>
        <source>Training cannot start: the worker was given nothing to train.</source>
        <translation>学習を開始できません: 学習プロセスに学習する対象が渡されていません。</translation>
    </message>
    <message>
        <source>Training failed: {error}</source>
        <translation>学習に失敗しました: {error}</translation>
    </message>
</context>
</TS>
